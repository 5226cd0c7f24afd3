// Bundles the desktop app was asked to open (a double-clicked .sbundle, already
// staged by main) go straight to the merge preview. Browser mode has no bridge.

/** Listens through the bridge when there is one; returns a function that stops listening. */
export function listenForBundleOpenRequests(bridge: SourcebenchBridge | undefined, openStaged: (stagedFile: string) => void): () => void {
  if (bridge?.onOpenRequest === undefined) return () => {};
  return bridge.onOpenRequest((request) => {
    if (request.kind === 'openBundle' && typeof request.file === 'string') openStaged(request.file);
  });
}
