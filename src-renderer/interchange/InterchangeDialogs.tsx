// The interchange dialogs and the File menu commands that open them: Export As…,
// Export Report… and Import Annotations….

import { useEffect, useState } from 'react';
import { useMenuAction } from '../app/menu/menu-registry.ts';
import { ExportAsDialog } from './ExportAsDialog.tsx';
import { ImportAnnotationsDialog } from './ImportAnnotationsDialog.tsx';
import { onInterchangeDialogRequest, openExportAsDialog, openImportAnnotationsDialog, type InterchangeDialogRequest } from './interchange-dialogs.ts';

export function InterchangeDialogs() {
  const [open, setOpen] = useState<InterchangeDialogRequest | null>(null);
  useEffect(() => onInterchangeDialogRequest(setOpen), []);
  useMenuAction('file.exportAs', () => openExportAsDialog());
  useMenuAction('file.report', () => openExportAsDialog('report'));
  useMenuAction('file.importAnnotations', openImportAnnotationsDialog);
  return (
    <>
      <ExportAsDialog open={open?.dialog === 'exportAs'} initialFormat={(open?.dialog === 'exportAs' && open.format) || 'w3c'} onClose={() => setOpen(null)} />
      <ImportAnnotationsDialog open={open?.dialog === 'importAnnotations'} onClose={() => setOpen(null)} />
    </>
  );
}
