// Open a bundle: pick the file (or be handed one the desktop app already staged),
// see what merging it would add, update and leave alone, settle each conflict
// with both versions side by side, then merge.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../src-main/core/api/operations.ts';
import { call } from '../api/call.ts';
import { describeError } from '../api/call-error.ts';
import { uploadFile } from '../api/files.ts';
import { markProjectChanged } from '../api/mark-stale.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useToaster } from '../app/toast-context.ts';
import { ConflictCard } from './ConflictCard.tsx';
import './bundles.css';

type Preview = OperationOutput<'bundles.preview'>;
export type Choice = 'ours' | 'theirs' | 'both';

interface OpenBundleDialogProps {
  open: boolean;
  /** A bundle already in the staging folder: its preview opens at once, with no file to pick. */
  stagedFile?: string | undefined;
  onClose: () => void;
}

export function OpenBundleDialog({ open, stagedFile, onClose }: OpenBundleDialogProps) {
  const [staged, setStaged] = useState<{ file: string; preview: Preview } | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const toaster = useToaster();
  const queryClient = useQueryClient();
  const previewing = useMutation({
    mutationFn: async (picked: File | string) => {
      const file = typeof picked === 'string' ? picked : await uploadFile(picked);
      return { file, preview: await call('bundles.preview', { file }) };
    },
    onSuccess: (result) => {
      setStaged(result);
      setChoices(Object.fromEntries(result.preview.conflicts.map((c) => [c.id, c.allowed.includes('both') ? 'both' : 'ours'])));
    },
  });
  const merging = useMutation({
    mutationFn: (file: string) => call('bundles.merge', { file, choices }),
    onSuccess: (summary) => {
      const total = (key: 'added' | 'updated') => Object.values(summary.tallies).reduce((n, t) => n + t[key], 0);
      toaster.show(`Merged the bundle: ${total('added')} added, ${total('updated')} updated, ${summary.conflicts.length} conflicts settled.`, 'success');
      markProjectChanged(queryClient);
      close();
    },
  });
  const busy = previewing.isPending || merging.isPending;
  const startPreview = previewing.mutate;
  useEffect(() => {
    if (open && stagedFile !== undefined) startPreview(stagedFile);
  }, [open, stagedFile, startPreview]);
  const close = () => {
    if (busy) return;
    setStaged(null);
    previewing.reset();
    merging.reset();
    onClose();
  };
  const preview = staged?.preview;

  return (
    <Dialog
      open={open}
      title={preview ? 'Merge this bundle?' : 'Open a bundle'}
      width="wide"
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close} disabled={busy}>
            Cancel
          </button>
          {staged && (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => merging.mutate(staged.file)}>
              {merging.isPending ? 'Merging…' : 'Merge'}
            </button>
          )}
        </>
      }
    >
      {!preview && (
        <label className="bundle-pick">
          Choose a .sbundle file
          <input
            type="file"
            accept=".sbundle,application/zip"
            disabled={busy}
            onChange={(event) => {
              const picked = event.target.files?.[0];
              if (picked) previewing.mutate(picked);
            }}
          />
        </label>
      )}
      {previewing.isPending && <p>Reading the bundle…</p>}
      {preview && (
        <>
          <p className="dialog__note">
            From Sourcebench {preview.bundle.appVersion}, written {new Date(preview.bundle.createdAt).toLocaleString()}.
          </p>
          <table className="bundle-tallies">
            <thead>
              <tr>
                <th scope="col">Records</th>
                <th scope="col">Added</th>
                <th scope="col">Updated</th>
                <th scope="col">Unchanged</th>
                <th scope="col">Conflicts</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(preview.tallies)
                .filter(([, t]) => t.added + t.updated + t.unchanged + t.conflicts > 0)
                .map(([table, t]) => (
                  <tr key={table}>
                    <th scope="row">{table.replaceAll('_', ' ')}</th>
                    <td>{t.added}</td>
                    <td>{t.updated}</td>
                    <td>{t.unchanged}</td>
                    <td>{t.conflicts}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          {preview.recognisedSources.length > 0 && (
            <p>
              {preview.recognisedSources.length} source{preview.recognisedSources.length === 1 ? ' is' : 's are'} already here under another id; their highlights join
              yours{preview.recognisedSources.some((s) => s.textDiffers) ? ' and are re-anchored to your text' : ''}.
            </p>
          )}
          {preview.conflicts.length > 0 && (
            <section aria-label="Conflicts" className="bundle-conflicts">
              <h3>
                {preview.conflicts.length} conflict{preview.conflicts.length === 1 ? '' : 's'}: changed here and in the bundle
              </h3>
              {preview.conflicts.map((conflict) => (
                <ConflictCard
                  key={conflict.id}
                  conflict={conflict}
                  choice={choices[conflict.id] ?? 'ours'}
                  onChoose={(choice) => setChoices((current) => ({ ...current, [conflict.id]: choice }))}
                />
              ))}
            </section>
          )}
          {preview.warnings.map((warning) => (
            <p key={warning} className="dialog__note">
              {warning}
            </p>
          ))}
          <p className="dialog__note">{preview.backupNote}</p>
        </>
      )}
      {(previewing.isError || merging.isError) && (
        <p className="dialog__error" role="alert">
          {describeError(previewing.error ?? merging.error)}
        </p>
      )}
    </Dialog>
  );
}
