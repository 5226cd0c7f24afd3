// "Edit text": the source's reading text in a plain textarea. Saving makes a
// new revision (`sources.revise`); the earlier text stays in the Revisions tab.

import { useEffect, useId, useRef, useState } from 'react';
import { describeError } from '../api/call-error.ts';
import type { SourceDetail } from '../reader/source-detail.ts';
import { useReviseText, type RevisionOutcome } from './use-revisions.ts';

interface TextEditorProps {
  source: SourceDetail;
  onSaved: (outcome: RevisionOutcome) => void;
  onCancel: () => void;
}

export function TextEditor({ source, onSaved, onCancel }: TextEditorProps) {
  const [text, setText] = useState(source.text);
  const revise = useReviseText(source.id, onSaved);
  const area = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  const hintId = useId();
  const changed = text !== source.text;

  useEffect(() => {
    area.current?.focus({ preventScroll: true });
  }, []);

  const save = () => {
    if (!changed || revise.isPending) return;
    revise.mutate(text);
  };

  return (
    <section className="text-editor" aria-labelledby={`${fieldId}-title`}>
      <header className="text-editor__header">
        <div>
          <h2 id={`${fieldId}-title`} className="text-editor__title">
            Edit the text
          </h2>
          <p id={hintId} className="text-editor__hint">
            Fix typos or OCR errors. Saving keeps revision {source.revision.number} and re-anchors every highlight. Blank lines separate
            paragraphs.
          </p>
        </div>
        <div className="text-editor__actions">
          <button type="button" className="button" onClick={onCancel} disabled={revise.isPending}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={save} disabled={!changed || revise.isPending}>
            {revise.isPending ? 'Saving…' : 'Save as new revision'}
          </button>
        </div>
      </header>
      {revise.isError && (
        <p className="text-editor__error" role="alert">
          {describeError(revise.error)}
        </p>
      )}
      <label htmlFor={fieldId} className="visually-hidden">
        Reading text
      </label>
      <textarea
        id={fieldId}
        ref={area}
        className="field-control text-editor__area"
        value={text}
        spellCheck
        aria-describedby={hintId}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            save();
          }
          if (event.key === 'Escape' && !changed) onCancel();
        }}
      />
    </section>
  );
}
