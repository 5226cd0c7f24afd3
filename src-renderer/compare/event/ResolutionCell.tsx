// One discrepancy's verdict: a form (which account to trust, a note) while it is open; once resolved,
// the trusted account and note with a Reopen button, and a warning when the claims changed since.

import { useState, type FormEvent } from 'react';
import type { DiscrepancyView } from '../../../src-main/core/compare/compare-event.ts';
import { ErrorAlert } from '../../app/ErrorAlert.tsx';
import { useResolutionChanges } from '../use-compare.ts';

interface Props {
  eventId: string;
  discrepancy: DiscrepancyView;
  names: ReadonlyMap<string, string>;
}

export function ResolutionCell({ eventId, discrepancy, names }: Props) {
  const { resolve, reopen } = useResolutionChanges(eventId);
  const resolution = discrepancy.resolution;
  const [editing, setEditing] = useState(false);
  const [trusted, setTrusted] = useState(resolution?.trustedSourceId ?? '');
  const [note, setNote] = useState(resolution?.note ?? '');

  if (resolution !== null && !editing) {
    return (
      <div className="resolution">
        {resolution.stale && (
          <p className="resolution__stale" role="status">
            The claims changed since this was resolved: check it again.
          </p>
        )}
        <p className="resolution__trusted">
          <span className="resolution__tick" aria-hidden="true">
            ✓
          </span>
          {resolution.trustedSourceId !== null ? (
            <>
              Trusting <strong>{names.get(resolution.trustedSourceId) ?? 'a source no longer linked'}</strong>
            </>
          ) : (
            'Resolved'
          )}
        </p>
        {resolution.note !== '' && <p className="resolution__note">{resolution.note}</p>}
        <div className="resolution__actions">
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" className="button button--small" disabled={reopen.isPending} onClick={() => reopen.mutate(discrepancy.key)}>
            Reopen
          </button>
        </div>
        {reopen.isError && <ErrorAlert title="It could not be reopened." error={reopen.error} />}
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    resolve.mutate(
      { eventId, key: discrepancy.key, trustedSourceId: trusted === '' ? null : trusted, note: note.trim() },
      { onSuccess: () => setEditing(false) },
    );
  };
  const sourceIds = discrepancy.sources.map((s) => s.sourceId);
  return (
    <form className="resolution-form" onSubmit={submit} aria-label={`Resolve ${discrepancy.label}`}>
      <label className="resolution-form__field">
        <span>Trust</span>
        <select className="field-control" value={trusted} onChange={(e) => setTrusted(e.target.value)} aria-label="Trusted account">
          <option value="">Choose an account…</option>
          {sourceIds.map((id) => (
            <option key={id} value={id}>
              {names.get(id) ?? id}
            </option>
          ))}
        </select>
      </label>
      <textarea className="field-control" rows={2} placeholder="Why? (e.g. the coroner's list)" value={note} onChange={(e) => setNote(e.target.value)} aria-label="Note" />
      <div className="resolution__actions">
        {editing && (
          <button type="button" className="button button--small button--ghost" onClick={() => setEditing(false)}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button--small button--primary" disabled={resolve.isPending || (trusted === '' && note.trim() === '')}>
          Mark resolved
        </button>
      </div>
      {resolve.isError && <ErrorAlert title="It could not be resolved." error={resolve.error} />}
    </form>
  );
}
