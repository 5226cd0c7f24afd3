// Opening a dialog from anywhere (a menu command, a toolbar button, a file the
// desktop app was handed): a window event that the one mounted host listens to,
// so every way in ends in the same dialog with the same state.

export interface DialogRequests<Request> {
  request(request: Request): void;
  /** Returns a function that stops listening. */
  listen(listener: (request: Request) => void): () => void;
}

export function dialogRequests<Request>(name: string): DialogRequests<Request> {
  const eventName = `sourcebench:${name}`;
  return {
    request: (request) => window.dispatchEvent(new CustomEvent<Request>(eventName, { detail: request })),
    listen: (listener) => {
      const handler = (event: Event) => listener((event as CustomEvent<Request>).detail);
      window.addEventListener(eventName, handler);
      return () => window.removeEventListener(eventName, handler);
    },
  };
}
