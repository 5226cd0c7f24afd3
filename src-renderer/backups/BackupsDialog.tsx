// Backups of the open project: when and why each was taken, and a Restore
// that says what will happen (the current state is kept as a backup first),
// then shows the restored project in every view.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { BackupListing } from '../../src-main/core/project/backup-operations.ts';
import { call } from '../api/call.ts';
import { markProjectChanged } from '../api/mark-stale.ts';
import { Dialog } from '../app/Dialog.tsx';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { useMenuAction } from '../app/menu/menu-registry.ts';
import { openLibrary } from '../app/route.ts';
import { useToaster } from '../app/toast-context.ts';
import { onBackupsDialogRequest, openBackupsDialog } from './backups-dialog.ts';
import './backups.css';

interface BackupsDialogProps {
  open: boolean;
  onClose: () => void;
}

export function BackupsDialog({ open, onClose }: BackupsDialogProps) {
  const [chosen, setChosen] = useState<BackupListing | null>(null);
  const backups = useQuery({ queryKey: ['project.backups'], queryFn: () => call('project.backups', {}), enabled: open, staleTime: 0 });
  const queryClient = useQueryClient();
  const toaster = useToaster();
  const restore = useMutation({
    mutationFn: (backup: BackupListing) => call('project.restoreBackup', { name: backup.name }),
    onSuccess: (restored) => {
      markProjectChanged(queryClient);
      // The source or event on screen may not exist in the restored project: land on the library.
      openLibrary();
      toaster.show(`Restored the backup of ${formatWhen(restored.takenAt)}. The project as it was is kept as a backup.`, 'success');
      close();
    },
  });

  function close() {
    setChosen(null);
    restore.reset();
    onClose();
  }

  if (chosen !== null) {
    return (
      <Dialog
        open={open}
        title="Restore this backup?"
        onClose={close}
        actions={
          <>
            <button type="button" className="button" onClick={() => setChosen(null)} disabled={restore.isPending}>
              Back
            </button>
            <button type="button" className="button button--primary" onClick={() => restore.mutate(chosen)} disabled={restore.isPending}>
              {restore.isPending ? 'Restoring…' : 'Restore'}
            </button>
          </>
        }
      >
        <p>
          The project will go back to how it was on <strong>{formatWhen(chosen.takenAt)}</strong>. Everything done since then will no
          longer be in it.
        </p>
        <p>The project as it is now is kept as a backup first, so you can undo this by restoring that one.</p>
        {restore.isError && <ErrorAlert title="The backup was not restored." error={restore.error} />}
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      title="Backups"
      width="wide"
      onClose={close}
      actions={
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      }
    >
      <p>Sourcebench keeps copies of this project: every few hours while it is open, before an upgrade, before a merge and before a restore.</p>
      {backups.isPending && <p role="status">Loading the backups…</p>}
      {backups.isError && <ErrorAlert title="The backups could not be listed." error={backups.error} onRetry={() => void backups.refetch()} />}
      {backups.data?.length === 0 && <p className="backups__empty">No backups yet.</p>}
      {backups.data !== undefined && backups.data.length > 0 && (
        <table className="backups__table">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.data.map((backup) => (
              <tr key={backup.name}>
                <td>{formatWhen(backup.takenAt)}</td>
                <td>{backup.reasonLabel}</td>
                <td>{formatBytes(backup.bytes)}</td>
                <td>
                  <button type="button" className="button button--small" onClick={() => setChosen(backup)} aria-label={`Restore the backup of ${formatWhen(backup.takenAt)}`}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}

/** The one Backups dialog, opened by File ▸ Backups… and by the library's button. */
export function BackupsDialogHost() {
  const [open, setOpen] = useState(false);
  useEffect(() => onBackupsDialogRequest(() => setOpen(true)), []);
  useMenuAction('file.backups', openBackupsDialog);
  return <BackupsDialog open={open} onClose={() => setOpen(false)} />;
}

/** A small button that opens the dialog, for a toolbar. */
export function BackupsButton() {
  return (
    <button type="button" className="button button--small" onClick={openBackupsDialog}>
      Backups…
    </button>
  );
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
