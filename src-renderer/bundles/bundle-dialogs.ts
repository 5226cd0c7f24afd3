// Opening the bundle dialogs from anywhere: the File menu (and its shortcuts),
// or a .sbundle the desktop app was asked to open (already staged).

import { dialogRequests } from '../app/dialog-requests.ts';

export type BundleDialogRequest = { dialog: 'export' } | { dialog: 'open'; stagedFile?: string };

const requests = dialogRequests<BundleDialogRequest>('bundle-dialog');

export function openExportBundleDialog(): void {
  requests.request({ dialog: 'export' });
}

export function openBundleDialog(): void {
  requests.request({ dialog: 'open' });
}

/** Opens the bundle's merge preview straight away: the file is already in the staging folder. */
export function openStagedBundle(stagedFile: string): void {
  requests.request({ dialog: 'open', stagedFile });
}

export const onBundleDialogRequest = requests.listen;
