// The metadata panel's kind select, saved through `sources.update` as soon as
// a different kind is chosen.

import { useId } from 'react';
import { isSourceKind, sourceKindLabels, sourceKinds, type SourceKind } from '../api/source-kinds.ts';
import { fieldMessage } from './MetadataField.tsx';
import { useUpdateMetadata } from './use-source-edits.ts';

export function KindField({ sourceId, value }: { sourceId: string; value: SourceKind | null }) {
  const selectId = useId();
  const errorId = useId();
  const update = useUpdateMetadata(sourceId);
  const error = update.isError ? fieldMessage(update.error, 'kind') : null;

  return (
    <div className="meta-field">
      <div className="meta-field__label-row">
        <label htmlFor={selectId} className="meta-field__label">
          Kind
        </label>
        {update.isPending && (
          <span className="meta-field__status" role="status">
            Saving…
          </span>
        )}
      </div>
      <select
        id={selectId}
        className="field-control"
        name="kind"
        value={value ?? ''}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        disabled={update.isPending}
        onChange={(event) => {
          const chosen = event.target.value;
          update.mutate({ kind: isSourceKind(chosen) ? chosen : null });
        }}
      >
        <option value="">Not set</option>
        {sourceKinds.map((kind) => (
          <option key={kind} value={kind}>
            {sourceKindLabels[kind]}
          </option>
        ))}
      </select>
      {error !== null && (
        <p id={errorId} className="meta-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
