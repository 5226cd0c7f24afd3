// Opening the interchange dialogs from anywhere: File ▸ Export As…, Export
// Report… (the same dialog with the report chosen) and Import Annotations….

import type { OperationInput } from '../../src-main/core/api/operations.ts';
import { dialogRequests } from '../app/dialog-requests.ts';

/** Every format "Export as…" offers: the interchange formats and the standalone HTML report. */
export type ExportFormat = OperationInput<'interchange.export'>['format'] | 'report';

export type InterchangeDialogRequest = { dialog: 'exportAs'; format?: ExportFormat } | { dialog: 'importAnnotations' };

const requests = dialogRequests<InterchangeDialogRequest>('interchange-dialog');

export function openExportAsDialog(format?: ExportFormat): void {
  requests.request(format === undefined ? { dialog: 'exportAs' } : { dialog: 'exportAs', format });
}

export function openImportAnnotationsDialog(): void {
  requests.request({ dialog: 'importAnnotations' });
}

export const onInterchangeDialogRequest = requests.listen;
