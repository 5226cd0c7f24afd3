// One editable metadata field: a draft while the user types, saved through
// `sources.update` on Enter or when focus leaves, with the core's validation
// message shown under the field. Escape puts the saved value back.

import { useEffect, useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { CallError, describeError } from '../api/call-error.ts';
import type { MetadataPatch } from './source-detail.ts';
import { useUpdateMetadata } from './use-source-edits.ts';

type TextField = 'title' | 'author' | 'publisher' | 'publishedAt' | 'url' | 'language';

interface MetadataFieldProps {
  sourceId: string;
  field: TextField;
  label: string;
  value: string | null;
  hint?: string;
  placeholder?: string;
  inputMode?: 'text' | 'url';
  /** A textarea that grows with its text (long titles); Enter still saves rather than adding a line. */
  multiline?: boolean;
}

export function MetadataField({ sourceId, field, label, value, hint, placeholder, inputMode = 'text', multiline = false }: MetadataFieldProps) {
  const inputId = useId();
  const messageId = useId();
  const saved = value ?? '';
  const [draft, setDraft] = useState(saved);
  const update = useUpdateMetadata(sourceId);

  // A new saved value (this field's save, or another source opened) replaces the draft.
  useEffect(() => setDraft(saved), [saved]);

  function save() {
    if (draft === saved || update.isPending) return;
    const patch: MetadataPatch = {};
    patch[field] = draft;
    update.mutate(patch, {
      onSuccess: (summary) => {
        // The core may tidy what was typed (trimmed, or emptied to nothing); show what it kept.
        setDraft(summary[field] ?? '');
        window.setTimeout(() => update.reset(), 1_800);
      },
    });
  }

  const error = update.isError ? fieldMessage(update.error, field) : null;
  const status = update.isPending ? 'Saving…' : update.isSuccess ? 'Saved' : null;

  const controlProps = {
    id: inputId,
    name: field,
    value: draft,
    placeholder,
    spellCheck: field === 'title' || field === 'author' || field === 'publisher',
    'aria-invalid': error !== null,
    'aria-describedby': error !== null || hint ? messageId : undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDraft(event.target.value);
      if (update.isError) update.reset();
    },
    onBlur: save,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        save();
      } else if (event.key === 'Escape' && draft !== saved) {
        event.preventDefault();
        event.stopPropagation();
        setDraft(saved);
        update.reset();
      }
    },
  };

  return (
    <div className="meta-field">
      <div className="meta-field__label-row">
        <label htmlFor={inputId} className="meta-field__label">
          {label}
        </label>
        {status && (
          <span className="meta-field__status" role="status">
            {status}
          </span>
        )}
      </div>
      {multiline ? (
        <textarea {...controlProps} className="field-control meta-field__multiline" rows={1} />
      ) : (
        <input {...controlProps} className="field-control" inputMode={inputMode} />
      )}
      {error !== null ? (
        <p id={messageId} className="meta-field__error" role="alert">
          {error}
        </p>
      ) : (
        hint && (
          <p id={messageId} className="meta-field__hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}

/** The core's message for this field when it gave one, else the whole error's message. */
export function fieldMessage(error: unknown, field: string): string {
  if (error instanceof CallError) {
    const perField = error.fieldMessages('patch')[field];
    if (perField !== undefined) return capitalize(perField);
  }
  return describeError(error);
}

function capitalize(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
