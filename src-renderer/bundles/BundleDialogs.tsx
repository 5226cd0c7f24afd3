// The bundle dialogs and what opens them: the File menu's export of the project
// (or an event, or a tag) as a .sbundle and its open-to-merge, and bundles the
// desktop app hands over.

import { useEffect, useState } from 'react';
import { useMenuAction } from '../app/menu/menu-registry.ts';
import { ExportBundleDialog } from './ExportBundleDialog.tsx';
import { OpenBundleDialog } from './OpenBundleDialog.tsx';
import { onBundleDialogRequest, openBundleDialog, openExportBundleDialog, openStagedBundle, type BundleDialogRequest } from './bundle-dialogs.ts';
import { listenForBundleOpenRequests } from './open-requests.ts';

export function BundleDialogs() {
  const [open, setOpen] = useState<BundleDialogRequest | null>(null);
  useEffect(() => onBundleDialogRequest(setOpen), []);
  useEffect(() => listenForBundleOpenRequests(window.sourcebench, openStagedBundle), []);
  useMenuAction('file.exportBundle', openExportBundleDialog);
  useMenuAction('file.openBundle', openBundleDialog);
  return (
    <>
      <ExportBundleDialog open={open?.dialog === 'export'} onClose={() => setOpen(null)} />
      <OpenBundleDialog open={open?.dialog === 'open'} stagedFile={open?.dialog === 'open' ? open.stagedFile : undefined} onClose={() => setOpen(null)} />
    </>
  );
}
