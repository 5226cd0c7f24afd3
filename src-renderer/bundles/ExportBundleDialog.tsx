// Export as a bundle: the whole project, one event or one tag; the .sbundle
// downloads under a suggested name.

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { OperationInput } from '../../src-main/core/api/operations.ts';
import { call } from '../api/call.ts';
import { describeError } from '../api/call-error.ts';
import { downloadStaged } from '../api/files.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useToaster } from '../app/toast-context.ts';
import { useTags } from '../codebook/use-tags.ts';
import { useEventList } from '../events/use-events.ts';
import './bundles.css';

type Selection = OperationInput<'bundles.export'>['selection'];
type Scope = 'project' | 'event' | 'tag';

export function ExportBundleDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [scope, setScope] = useState<Scope>('project');
  const [eventId, setEventId] = useState('');
  const [tagId, setTagId] = useState('');
  const events = useEventList();
  const tags = useTags();
  const toaster = useToaster();
  const ids = { event: useId(), tag: useId() };
  const exporting = useMutation({
    mutationFn: (selection: Selection) => call('bundles.export', { selection }),
    onSuccess: (result) => {
      downloadStaged(result.file, result.suggestedName);
      toaster.show(`Exported ${result.counts.sources} sources and ${result.counts.highlights} highlights to ${result.suggestedName}.`, 'success');
      onClose();
    },
  });
  const selection: Selection | null =
    scope === 'project' ? { kind: 'project' } : scope === 'event' ? (eventId ? { kind: 'event', eventId } : null) : tagId ? { kind: 'tag', tagId } : null;

  return (
    <Dialog
      open={open}
      title="Export a bundle"
      onClose={() => !exporting.isPending && onClose()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={exporting.isPending}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={selection === null || exporting.isPending} onClick={() => selection && exporting.mutate(selection)}>
            {exporting.isPending ? 'Exporting…' : 'Export'}
          </button>
        </>
      }
    >
      <fieldset className="bundle-scope">
        <legend>What goes in the bundle</legend>
        <label>
          <input type="radio" name="bundle-scope" checked={scope === 'project'} onChange={() => setScope('project')} /> The whole project
        </label>
        <label>
          <input type="radio" name="bundle-scope" checked={scope === 'event'} onChange={() => setScope('event')} /> One event and its passages
        </label>
        {scope === 'event' && (
          <select id={ids.event} aria-label="Event" value={eventId} onChange={(e) => setEventId(e.target.value)}>
            <option value="">Choose an event…</option>
            {events.data?.rows.map((event) => (
              <option key={event.id} value={event.id}>
                {event.title}
              </option>
            ))}
          </select>
        )}
        <label>
          <input type="radio" name="bundle-scope" checked={scope === 'tag'} onChange={() => setScope('tag')} /> The passages carrying one tag
        </label>
        {scope === 'tag' && (
          <select id={ids.tag} aria-label="Tag" value={tagId} onChange={(e) => setTagId(e.target.value)}>
            <option value="">Choose a tag…</option>
            {tags.data?.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
        )}
      </fieldset>
      <p className="dialog__note">A bundle carries the sources with their original files and revisions, the highlights, tags, events, links and entities.</p>
      {exporting.isError && (
        <p className="dialog__error" role="alert">
          {describeError(exporting.error)}
        </p>
      )}
    </Dialog>
  );
}
