// The open highlight's editor in the side panel: its note (saved on leaving
// the field or Ctrl+Enter), its color, its tags (new names create tags), and Delete.

import { useEffect, useId, useState } from 'react';
import { describeError } from '../api/call-error.ts';
import { useToaster } from '../app/toast-context.ts';
import { TagChip } from '../codebook/TagChip.tsx';
import { HighlightEvents } from '../events/HighlightEvents.tsx';
import { highlightColorLabels, highlightColors, type Highlight } from './highlight-types.ts';
import { TagInput } from './TagInput.tsx';
import type { HighlightChanges, HighlightPatch } from './use-highlights.ts';

interface HighlightEditorProps {
  highlight: Highlight;
  changes: HighlightChanges;
  onDeleted: () => void;
}

export function HighlightEditor({ highlight, changes, onDeleted }: HighlightEditorProps) {
  const toaster = useToaster();
  const noteId = useId();
  const [note, setNote] = useState(highlight.note);
  const [saved, setSaved] = useState(false);
  const busy = changes.update.isPending || changes.remove.isPending;

  // Undo or redo can change the note underneath; follow it.
  useEffect(() => setNote(highlight.note), [highlight.note]);

  const patch = (change: HighlightPatch, after?: () => void) =>
    changes.update.mutate(
      { id: highlight.id, patch: change },
      { onSuccess: after, onError: (error) => toaster.show(`The highlight could not be changed: ${describeError(error)}`, 'error') },
    );

  const saveNote = () => {
    if (note === highlight.note) return;
    patch({ note }, () => {
      setSaved(true);
      window.setTimeout(() => setSaved(false), 2000);
    });
  };

  return (
    <div className="hl-editor" role="group" aria-label="Edit highlight">
      <div className="hl-editor__row">
        <div className="hl-editor__label-row">
          <label htmlFor={noteId} className="hl-editor__label">
            Note
          </label>
          {saved && (
            <span className="hl-editor__status" role="status">
              Saved
            </span>
          )}
        </div>
        <textarea
          id={noteId}
          className="field-control hl-editor__note"
          value={note}
          placeholder="Why this passage matters…"
          rows={2}
          maxLength={100_000}
          onChange={(event) => setNote(event.target.value)}
          onBlur={saveNote}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              saveNote();
            }
            if (event.key === 'Escape') {
              // Escape discards the unsaved words instead of leaving the reader.
              event.stopPropagation();
              setNote(highlight.note);
            }
          }}
        />
      </div>

      <div className="hl-editor__row">
        <span className="hl-editor__label" id={`${noteId}-color`}>
          Color
        </span>
        <div className="hl-editor__swatches" role="radiogroup" aria-labelledby={`${noteId}-color`}>
          {highlightColors.map((color) => (
            <button
              key={color}
              type="button"
              role="radio"
              aria-checked={highlight.color === color}
              aria-label={highlightColorLabels[color]}
              title={highlightColorLabels[color]}
              className={`swatch swatch--${color}`}
              disabled={busy}
              onClick={() => highlight.color !== color && patch({ color })}
            />
          ))}
        </div>
      </div>

      <div className="hl-editor__row">
        <span className="hl-editor__label">Tags</span>
        {highlight.tags.length > 0 && (
          <ul className="hl-editor__tags" aria-label="Tags on this highlight">
            {highlight.tags.map((tag) => (
              <li key={tag.id}>
                <TagChip
                  name={tag.name}
                  color={tag.color}
                  disabled={busy}
                  onRemove={() => patch({ tagIds: highlight.tags.filter((other) => other.id !== tag.id).map((other) => other.id) })}
                />
              </li>
            ))}
          </ul>
        )}
        <TagInput present={highlight.tags.map((tag) => tag.name)} disabled={busy} onAdd={(name) => patch({ tagNames: [name] })} />
      </div>

      <HighlightEvents highlightId={highlight.id} />

      <div className="hl-editor__actions">
        <button
          type="button"
          className="button button--small button--ghost hl-editor__delete"
          disabled={busy}
          onClick={() =>
            changes.remove.mutate(highlight.id, {
              onSuccess: () => {
                onDeleted();
                toaster.show('Highlight deleted. Undo brings it back.', 'success');
              },
              onError: (error) => toaster.show(`The highlight could not be deleted: ${describeError(error)}`, 'error'),
            })
          }
        >
          Delete highlight
        </button>
      </div>
    </div>
  );
}
