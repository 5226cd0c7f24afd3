// The reader's working area once the source is loaded: the text (or its
// editor) with highlights painted over it and the selection toolbar, and the
// side panel's tabs. It owns which highlight is open and ties text and panel together.

import { useCallback, useMemo, useState, type CSSProperties } from 'react';
import { describeError } from '../api/call-error.ts';
import { useToaster } from '../app/toast-context.ts';
import { HighlightsPanel } from '../highlights/HighlightsPanel.tsx';
import { isPlaced, type Highlight, type HighlightColor } from '../highlights/highlight-types.ts';
import { readLastColor, rememberColor } from '../highlights/last-color.ts';
import type { PaintableHighlight } from '../highlights/paint-highlights.ts';
import { SelectionToolbar } from '../highlights/SelectionToolbar.tsx';
import type { TextRange } from '../highlights/selection-offsets.ts';
import { rangeForOffsets, readDrawnText, selectionOffsets } from '../highlights/text-dom.ts';
import { useHighlightKeys } from '../highlights/use-highlight-keys.ts';
import { useHighlightChanges, useHighlights, type NewHighlight } from '../highlights/use-highlights.ts';
import { usePaintedHighlights } from '../highlights/use-painted-highlights.ts';
import { useTextClicks } from '../highlights/use-text-clicks.ts';
import { useTextSelection } from '../highlights/use-text-selection.ts';
import { ReanchorSummary } from '../revisions/ReanchorSummary.tsx';
import { RevisionsPanel } from '../revisions/RevisionsPanel.tsx';
import { TextEditor } from '../revisions/TextEditor.tsx';
import type { RevisionOutcome } from '../revisions/use-revisions.ts';
import { MetadataPanel } from './MetadataPanel.tsx';
import { ReadingText } from './ReadingText.tsx';
import { sidePanelHidden, sidePanelWidth } from './reader-layout.ts';
import { SidePanelSplitter } from './SidePanelSplitter.tsx';
import { useReadingPosition } from './use-reading-position.ts';
import { RemovedLines } from './RemovedLines.tsx';
import { SideTabs, type SideTab } from './SideTabs.tsx';
import type { SourceDetail } from './source-detail.ts';
import { FindPassagePanel } from '../compare/sources/FindPassagePanel.tsx';
import type { FindPassageInput } from '../compare/use-compare.ts';
import { openSourceAt } from '../app/route.ts';

const noHighlights: readonly Highlight[] = [];

interface ReaderWorkspaceProps {
  source: SourceDetail;
  editing: boolean;
  onEditingChange: (editing: boolean) => void;
  outcome: RevisionOutcome | null;
  onOutcome: (outcome: RevisionOutcome | null) => void;
  /** Scroll back to where the user last stopped in this source (false when opening on a search result or highlight). */
  restorePosition: boolean;
}

export function ReaderWorkspace({ source, editing, onEditingChange, outcome, onOutcome, restorePosition }: ReaderWorkspaceProps) {
  const toaster = useToaster();
  const [textRoot, setTextRoot] = useState<HTMLDivElement | null>(null);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [page, setPage] = useState<HTMLDivElement | null>(null);
  const [side, setSide] = useState<HTMLElement | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // A source with highlights opens on them; a fresh one on its details, which want checking after an import.
  const [tab, setTab] = useState<SideTab>(source.highlightCount > 0 ? 'highlights' : 'details');
  const [lastColor, setLastColor] = useState<HighlightColor>(readLastColor);
  const [findInput, setFindInput] = useState<FindPassageInput | null>(null);

  const highlights = useHighlights(source.id);
  const changes = useHighlightChanges(source.id);
  const rows = highlights.data?.rows ?? noHighlights;
  const selection = useTextSelection(textRoot, frame, source.text);
  // The highlight being saved is painted from its selection at once; the list's saved row takes over when the core answers.
  const { isPending: saving, variables: savingInput } = changes.create;
  const painted = useMemo(() => (saving && savingInput ? [...rows, ...unsaved(savingInput)] : rows), [rows, saving, savingInput]);
  usePaintedHighlights(textRoot, source.text, painted, selectedId);
  useReadingPosition(page, textRoot, source.id, restorePosition);
  const sideWidth = sidePanelWidth.use();
  const sideHidden = sidePanelHidden.use();

  const openFromText = useCallback((id: string | null) => {
    setSelectedId(id);
    if (id !== null) setTab('highlights');
  }, []);
  useTextClicks(textRoot, source.text, rows, openFromText);

  const openFromPanel = (id: string | null) => {
    setSelectedId(id);
    const highlight = rows.find((h) => h.id === id);
    if (highlight && isPlaced(highlight) && textRoot && page) scrollIntoReading(page, rangeForOffsets(readDrawnText(textRoot), highlight.start, highlight.end));
  };

  const create = (range: TextRange, color: HighlightColor) => {
    setLastColor(color);
    rememberColor(color);
    // The selection gives way at once so the new color shows; it comes back if saving fails.
    selection.clear();
    changes.create.mutate(
      { target: { start: range.start, end: range.end }, color },
      {
        onSuccess: (created) => {
          setSelectedId(created.id);
          setTab('highlights');
        },
        onError: (error) => {
          if (textRoot) select(rangeForOffsets(readDrawnText(textRoot), range.start, range.end));
          toaster.show(`The passage could not be highlighted: ${describeError(error)}`, 'error');
        },
      },
    );
  };

  const findElsewhere = (range: TextRange) => {
    setFindInput({ sourceId: source.id, start: range.start, end: range.end, limit: 2 });
    setTab('elsewhere');
  };

  useHighlightKeys({
    findSelectionElsewhere() {
      if (textRoot === null || editing) return false;
      const range = selectionOffsets(readDrawnText(textRoot), source.text);
      if (range === null) return false;
      findElsewhere(range);
      return true;
    },
    highlightSelection() {
      if (textRoot === null || editing || changes.create.isPending) return false;
      const range = selectionOffsets(readDrawnText(textRoot), source.text);
      if (range === null) return false;
      create(range, lastColor);
      return true;
    },
    dismiss() {
      if (selection.live !== null) {
        selection.clear();
        return true;
      }
      if (selectedId !== null && rows.some((h) => h.id === selectedId)) {
        setSelectedId(null);
        return true;
      }
      return false;
    },
  });

  const total = highlights.data?.total ?? source.highlightCount;
  const needAttention = rows.filter((h) => h.status === 'fuzzy' || h.status === 'orphaned').length;

  return (
    <div
      className={sideHidden ? 'reader__body reader__body--side-hidden' : 'reader__body'}
      style={{ '--side-width': `${sideWidth}px` } as CSSProperties}
    >
      <div ref={setPage} className="reader__page">
        <div ref={setFrame} className="reader__sheet">
          {outcome !== null && (
            <ReanchorSummary
              outcome={outcome}
              onDismiss={() => onOutcome(null)}
              onReview={() => {
                // Open the first highlight that needs the user, so the panel scrolls to it.
                setSelectedId(rows.find((h) => h.status === 'fuzzy' || h.status === 'orphaned')?.id ?? null);
                setTab('highlights');
                onOutcome(null);
              }}
            />
          )}
          {editing ? (
            <TextEditor
              source={source}
              onCancel={() => onEditingChange(false)}
              onSaved={(saved) => {
                onEditingChange(false);
                onOutcome(saved);
              }}
            />
          ) : (
            <ReadingText source={source} textRef={setTextRoot} />
          )}
          {!editing && selection.live !== null && (
            <SelectionToolbar
              selection={selection.live}
              lastColor={lastColor}
              busy={changes.create.isPending}
              onHighlight={(color) => selection.live && create(selection.live, color)}
              onFindElsewhere={() => selection.live && findElsewhere(selection.live)}
            />
          )}
        </div>
      </div>
      {!sideHidden && <SidePanelSplitter />}
      <aside ref={setSide} className="reader__side" aria-label="Source panel" hidden={sideHidden}>
        <SideTabs
          tab={tab}
          onTabChange={setTab}
          tabs={[
            { id: 'highlights', label: 'Highlights', count: total, attention: needAttention > 0 },
            { id: 'details', label: 'Details' },
            { id: 'revisions', label: 'Revisions', count: source.revision.number },
            ...(findInput === null ? [] : [{ id: 'elsewhere' as const, label: 'Elsewhere' }]),
          ]}
        >
          {tab === 'highlights' && (
            <HighlightsPanel
              highlights={highlights.data?.rows}
              total={total}
              error={highlights.isError ? highlights.error : null}
              onRetry={() => void highlights.refetch()}
              selectedId={selectedId}
              changes={changes}
              selection={selection.remembered}
              onSelectionUsed={selection.clear}
              onSelect={openFromPanel}
              scrollElement={side}
            />
          )}
          {tab === 'details' && (
            <>
              <MetadataPanel source={source} highlightCount={highlights.data?.total} />
              <RemovedLines source={source} />
            </>
          )}
          {tab === 'revisions' && <RevisionsPanel source={source} />}
          {tab === 'elsewhere' && findInput !== null && (
            <FindPassagePanel
              input={findInput}
              onClose={() => {
                setFindInput(null);
                setTab('highlights');
              }}
              showLabel="Open there"
              onShow={(match) => openSourceAt(match.sourceId, { at: match.start })}
            />
          )}
        </SideTabs>
      </aside>
    </div>
  );
}

/** Scrolls the reading column so the passage sits in its upper third, unless it is already in view. */
function scrollIntoReading(page: HTMLElement, range: Range | null): void {
  if (range === null) return;
  const rect = range.getBoundingClientRect();
  const view = page.getBoundingClientRect();
  if (rect.top >= view.top + 24 && rect.bottom <= view.bottom - 24) return;
  const distance = rect.top - view.top - page.clientHeight / 3;
  // A far passage is jumped to: paragraphs passed on a smooth way are laid out only then, and
  // differ from their estimated height, which would leave it off target (see content-visibility in reader.css).
  page.scrollTo({ top: page.scrollTop + distance, behavior: Math.abs(distance) > 2 * page.clientHeight ? 'instant' : 'smooth' });
}

/** The highlight being created, as painting needs it, before the core has given it an id. */
function unsaved(input: NewHighlight): PaintableHighlight[] {
  if (!('start' in input.target)) return [];
  return [{ id: 'unsaved', start: input.target.start, end: input.target.end, color: input.color ?? 'yellow', status: 'anchored' }];
}

function select(range: Range | null): void {
  if (range === null) return;
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}
