// The bundle dialogs and the File menu commands that open them: export the
// project (or an event, or a tag) as a .sbundle, and open a bundle to merge.

import { useEffect, useState } from 'react';
import { useMenuAction } from '../app/menu/menu-registry.ts';
import { ExportBundleDialog } from './ExportBundleDialog.tsx';
import { OpenBundleDialog } from './OpenBundleDialog.tsx';
import { onBundleDialogRequest, openBundleDialog, openExportBundleDialog, type BundleDialogRequest } from './bundle-dialogs.ts';

export function BundleDialogs() {
  const [open, setOpen] = useState<BundleDialogRequest | null>(null);
  useEffect(() => onBundleDialogRequest(setOpen), []);
  useMenuAction('file.exportBundle', openExportBundleDialog);
  useMenuAction('file.openBundle', openBundleDialog);
  return (
    <>
      <ExportBundleDialog open={open?.dialog === 'export'} onClose={() => setOpen(null)} />
      <OpenBundleDialog open={open?.dialog === 'open'} onClose={() => setOpen(null)} />
    </>
  );
}
