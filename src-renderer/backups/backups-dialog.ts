// Opening the Backups dialog from anywhere: the File menu or the library's toolbar.

import { dialogRequests } from '../app/dialog-requests.ts';

const requests = dialogRequests<'open'>('backups-dialog');

export function openBackupsDialog(): void {
  requests.request('open');
}

export const onBackupsDialogRequest = requests.listen;
