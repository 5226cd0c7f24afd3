// Opening the bundle dialogs from anywhere (the header's buttons, a menu later):
// a window event the one <BundleDialogs> listens to.

export type BundleDialog = 'export' | 'open';
const eventName = 'sourcebench:bundle-dialog';

export function openExportBundleDialog(): void {
  window.dispatchEvent(new CustomEvent<BundleDialog>(eventName, { detail: 'export' }));
}

export function openBundleDialog(): void {
  window.dispatchEvent(new CustomEvent<BundleDialog>(eventName, { detail: 'open' }));
}

export function onBundleDialogRequest(listener: (dialog: BundleDialog) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<BundleDialog>).detail);
  window.addEventListener(eventName, handler);
  return () => window.removeEventListener(eventName, handler);
}
