// The header's two bundle buttons and the dialogs they open: export the
// project (or an event, or a tag) as a .sbundle, and open a bundle to merge.

import { useEffect, useState } from 'react';
import { ExportBundleDialog } from './ExportBundleDialog.tsx';
import { OpenBundleDialog } from './OpenBundleDialog.tsx';
import { onBundleDialogRequest, openBundleDialog, openExportBundleDialog, type BundleDialog } from './bundle-dialogs.ts';

export function BundleDialogs() {
  const [open, setOpen] = useState<BundleDialog | null>(null);
  useEffect(() => onBundleDialogRequest(setOpen), []);
  return (
    <>
      <button type="button" className="button" onClick={openExportBundleDialog}>
        Export bundle…
      </button>
      <button type="button" className="button" onClick={openBundleDialog}>
        Open bundle…
      </button>
      <ExportBundleDialog open={open === 'export'} onClose={() => setOpen(null)} />
      <OpenBundleDialog open={open === 'open'} onClose={() => setOpen(null)} />
    </>
  );
}
