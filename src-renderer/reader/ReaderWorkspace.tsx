// The reader's working area once the source is loaded: the text (or its
// editor) with highlights painted over it and the selection toolbar, and the
// side panel's tabs. It owns which highlight is open and ties text and panel together.

import { useCallback, useState } from 'react';
import { describeError } from '../api/call-error.ts';
import { useToaster } from '../app/toast-context.ts';
import { HighlightsPanel } from '../highlights/HighlightsPanel.tsx';
import { isPlaced, type Highlight, type HighlightColor } from '../highlights/highlight-types.ts';
import { readLastColor, rememberColor } from '../highlights/last-color.ts';
import { SelectionToolbar } from '../highlights/SelectionToolbar.tsx';
import type { TextRange } from '../highlights/selection-offsets.ts';
import { rangeForOffsets, readDrawnText, selectionOffsets } from '../highlights/text-dom.ts';
import { useHighlightKeys } from '../highlights/use-highlight-keys.ts';
import { useHighlightChanges, useHighlights } from '../highlights/use-highlights.ts';
import { usePaintedHighlights } from '../highlights/use-painted-highlights.ts';
import { useTextClicks } from '../highlights/use-text-clicks.ts';
import { useTextSelection } from '../highlights/use-text-selection.ts';
import { ReanchorSummary } from '../revisions/ReanchorSummary.tsx';
import { RevisionsPanel } from '../revisions/RevisionsPanel.tsx';
import { TextEditor } from '../revisions/TextEditor.tsx';
import type { RevisionOutcome } from '../revisions/use-revisions.ts';
import { MetadataPanel } from './MetadataPanel.tsx';
import { ReadingText } from './ReadingText.tsx';
import { RemovedLines } from './RemovedLines.tsx';
import { SideTabs, type SideTab } from './SideTabs.tsx';
import type { SourceDetail } from './source-detail.ts';

const noHighlights: readonly Highlight[] = [];

interface ReaderWorkspaceProps {
  source: SourceDetail;
  editing: boolean;
  onEditingChange: (editing: boolean) => void;
  outcome: RevisionOutcome | null;
  onOutcome: (outcome: RevisionOutcome | null) => void;
}

export function ReaderWorkspace({ source, editing, onEditingChange, outcome, onOutcome }: ReaderWorkspaceProps) {
  const toaster = useToaster();
  const [textRoot, setTextRoot] = useState<HTMLDivElement | null>(null);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [page, setPage] = useState<HTMLDivElement | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // A source with highlights opens on them; a fresh one on its details, which want checking after an import.
  const [tab, setTab] = useState<SideTab>(source.highlightCount > 0 ? 'highlights' : 'details');
  const [lastColor, setLastColor] = useState<HighlightColor>(readLastColor);

  const highlights = useHighlights(source.id);
  const changes = useHighlightChanges(source.id);
  const rows = highlights.data?.rows ?? noHighlights;
  const selection = useTextSelection(textRoot, frame, source.text);
  usePaintedHighlights(textRoot, source.text, rows, selectedId);

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
    changes.create.mutate(
      { target: { start: range.start, end: range.end }, color },
      {
        onSuccess: (created) => {
          selection.clear();
          setSelectedId(created.id);
          setTab('highlights');
        },
        onError: (error) => toaster.show(`The passage could not be highlighted: ${describeError(error)}`, 'error'),
      },
    );
  };

  useHighlightKeys({
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
    <div className="reader__body">
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
            <SelectionToolbar selection={selection.live} lastColor={lastColor} busy={changes.create.isPending} onHighlight={(color) => selection.live && create(selection.live, color)} />
          )}
        </div>
      </div>
      <aside className="reader__side" aria-label="Source panel">
        <SideTabs
          tab={tab}
          onTabChange={setTab}
          tabs={[
            { id: 'highlights', label: 'Highlights', count: total, attention: needAttention > 0 },
            { id: 'details', label: 'Details' },
            { id: 'revisions', label: 'Revisions', count: source.revision.number },
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
            />
          )}
          {tab === 'details' && (
            <>
              <MetadataPanel source={source} highlightCount={highlights.data?.total} />
              <RemovedLines source={source} />
            </>
          )}
          {tab === 'revisions' && <RevisionsPanel source={source} />}
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
  page.scrollTo({ top: page.scrollTop + rect.top - view.top - page.clientHeight / 3, behavior: 'smooth' });
}
