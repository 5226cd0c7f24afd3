// The rows of the side-by-side view: an aligned row shows each source's passage (the others with their
// score and word diff against the first); a gap row shows a paragraph the other sources have no match for.

import { Fragment, type MouseEvent } from 'react';
import { percent } from '../format.ts';
import { selectionInCell } from './cell-selection.ts';
import type { DisplayRow } from './display-rows.ts';
import { DiffText } from './DiffText.tsx';

interface Props {
  rows: readonly DisplayRow[];
  onFind: (sourceIndex: number, start: number, end: number) => void;
}

export function AlignedRows({ rows, onFind }: Props) {
  const onMouseUp = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('button')) return;
    const selected = selectionInCell(document.getSelection());
    if (selected) onFind(selected.sourceIndex, selected.start, selected.end);
  };
  return (
    <>
      {rows.map((row) => (
        <Fragment key={row.key}>
          {row.cells.map((cell, k) =>
            cell === null ? (
              <div key={k} className={`aligned-cell aligned-cell--empty ${row.aligned ? '' : 'aligned-cell--gap-row'}`} aria-hidden="true" />
            ) : (
              <div
                key={k}
                className={`aligned-cell ${row.aligned ? 'aligned-cell--aligned' : 'aligned-cell--gap'}`}
                data-testid={row.aligned ? 'aligned-cell' : 'gap-cell'}
                data-source-index={k}
                data-start={cell.start}
                data-end={cell.end}
                onMouseUp={onMouseUp}
              >
                <div className="aligned-cell__bar">
                  {cell.score !== null ? (
                    <span className="score-badge" title="How surely the passages say the same thing" style={{ ['--score' as string]: String(cell.score) }}>
                      {percent(cell.score)} match
                    </span>
                  ) : row.aligned ? (
                    <span className="score-badge score-badge--base">aligned</span>
                  ) : (
                    <span className="score-badge score-badge--none">no match</span>
                  )}
                  <button type="button" className="button button--ghost button--small aligned-cell__find" onClick={() => onFind(k, cell.start, cell.end)} aria-label="Find this passage in the other sources">
                    Find
                  </button>
                </div>
                <p className="aligned-cell__text" data-cell-text="" data-start={cell.start} data-source-index={k}>
                  <DiffText text={cell.text} diff={cell.diff} />
                </p>
              </div>
            ),
          )}
        </Fragment>
      ))}
    </>
  );
}
