// "Find this passage in the other sources": the chosen text and its best matches in each other
// source (compare.findPassage), with a score and the word diff. What a match's button does is the
// caller's: the comparison scrolls to its column, the reader opens the other source there.

import { percent } from '../format.ts';
import { useFindPassage, type FindPassageInput, type PassageMatch } from '../use-compare.ts';
import { ErrorAlert } from '../../app/ErrorAlert.tsx';
import { DiffText } from './DiffText.tsx';

interface FindPassagePanelProps {
  input: FindPassageInput;
  onClose: () => void;
  showLabel: string;
  onShow: (match: PassageMatch) => void;
}

export function FindPassagePanel({ input, onClose, showLabel, onShow }: FindPassagePanelProps) {
  const found = useFindPassage(input);
  return (
    <aside className="find-panel" aria-label="Find this passage in the other sources" data-testid="find-panel">
      <div className="find-panel__head">
        <h2 className="compare-section__title">In the other sources</h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      {found.isError ? (
        <ErrorAlert title="The search failed." error={found.error} onRetry={() => void found.refetch()} />
      ) : found.isPending ? (
        <p className="compare-card__hint">Searching…</p>
      ) : (
        <>
          <blockquote className="find-panel__query">{found.data.query.text}</blockquote>
          {found.data.matches.length === 0 ? (
            <p className="compare-card__empty">No passage in the other sources says this.</p>
          ) : (
            <ol className="find-panel__matches">
              {found.data.matches.map((match) => (
                <li key={`${match.sourceId}:${match.start}`} className="find-match" data-testid="find-match">
                  <div className="find-match__top">
                    <span className="find-match__source">{match.sourceTitle}</span>
                    <span className="score-badge">{percent(match.score)}</span>
                  </div>
                  <p className="find-match__text">
                    <DiffText text={match.text} diff={match.diff} />
                  </p>
                  <button type="button" className="button button--small" onClick={() => onShow(match)}>
                    {showLabel}
                  </button>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </aside>
  );
}

/** Scrolls the side-by-side view to the cell holding the match and flashes it. */
export function revealInColumn({ sourceId, start }: PassageMatch): void {
  const heads = Array.from(document.querySelectorAll<HTMLElement>('[data-compare-source]'));
  const index = heads.findIndex((h) => h.dataset['compareSource'] === sourceId);
  const cells = Array.from(document.querySelectorAll<HTMLElement>(`.aligned-cell[data-source-index="${index}"]`));
  const cell = cells.find((c) => Number(c.dataset['start']) <= start && start < Number(c.dataset['end']));
  if (!cell) return;
  cell.scrollIntoView({ block: 'center', behavior: 'smooth' });
  cell.classList.remove('aligned-cell--flash');
  void cell.offsetWidth;
  cell.classList.add('aligned-cell--flash');
}
