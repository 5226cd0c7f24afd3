// One highlight in the side panel: its words, note, tags and anchoring state;
// activating it selects the highlight (and scrolls the text to it); the
// selected one opens its editor below.

import type { Ref } from 'react';
import { describeError } from '../api/call-error.ts';
import { useToaster } from '../app/toast-context.ts';
import { TagChip } from '../codebook/TagChip.tsx';
import { FuzzyReview } from './FuzzyReview.tsx';
import { HighlightEditor } from './HighlightEditor.tsx';
import type { Highlight } from './highlight-types.ts';
import { StatusBadge } from './StatusBadge.tsx';
import type { HighlightChanges } from './use-highlights.ts';
import type { TextSelection } from './use-text-selection.ts';

interface HighlightItemProps {
  /** For the list, which measures each drawn card. */
  ref?: Ref<HTMLLIElement>;
  /** The card's place in the list, for the list's keyboard moves and measuring. */
  index?: number;
  highlight: Highlight;
  selected: boolean;
  changes: HighlightChanges;
  /** The words last selected in the text, for re-attaching an orphan. */
  selection: TextSelection | null;
  /** The selection was used up (re-attached to): forget it. */
  onSelectionUsed: () => void;
  onSelect: (id: string | null) => void;
}

export function HighlightItem({ ref, index, highlight, selected, changes, selection, onSelectionUsed, onSelect }: HighlightItemProps) {
  const toaster = useToaster();
  const orphaned = highlight.status === 'orphaned';

  return (
    <li ref={ref} data-index={index} className={`hl-item hl-item--${highlight.color}${selected ? ' hl-item--selected' : ''}`} data-highlight-id={highlight.id}>
      <button
        type="button"
        className="hl-item__select"
        aria-expanded={selected}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(selected ? null : highlight.id)}
      >
        <span className={`hl-item__quote${orphaned ? ' hl-item__quote--orphaned' : ''}`}>{highlight.exact}</span>
        {highlight.note !== '' && !selected && <span className="hl-item__note">{highlight.note}</span>}
        <span className="hl-item__meta">
          {highlight.status !== 'anchored' && <StatusBadge status={highlight.status} />}
          {!selected && highlight.tags.map((tag) => <TagChip key={tag.id} name={tag.name} color={tag.color} />)}
        </span>
      </button>

      {highlight.status === 'fuzzy' && (
        <FuzzyReview
          highlight={highlight}
          busy={changes.update.isPending}
          onConfirm={() =>
            changes.update.mutate(
              { id: highlight.id, patch: { confirmAnchor: true } },
              {
                onSuccess: () => toaster.show('The new words are confirmed.', 'success'),
                onError: (error) => toaster.show(`Could not confirm: ${describeError(error)}`, 'error'),
              },
            )
          }
        />
      )}

      {orphaned && (
        <div className="hl-item__reattach">
          <button
            type="button"
            className="button button--small"
            disabled={selection === null || changes.reattach.isPending}
            // Keeps the text selected while the button is pressed.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (selection === null) return;
              changes.reattach.mutate(
                { id: highlight.id, start: selection.start, end: selection.end },
                {
                  onSuccess: () => {
                    onSelectionUsed();
                    onSelect(highlight.id);
                    toaster.show('The highlight is attached to the selected words.', 'success');
                  },
                  onError: (error) => toaster.show(`Could not re-attach: ${describeError(error)}`, 'error'),
                },
              );
            }}
          >
            Re-attach to selection
          </button>
          <span className="hl-item__reattach-hint">
            {selection === null ? 'Select the words in the text first.' : `“${shorten(selection.quote)}”`}
          </span>
        </div>
      )}

      {selected && <HighlightEditor highlight={highlight} changes={changes} onDeleted={() => onSelect(null)} />}
    </li>
  );
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
