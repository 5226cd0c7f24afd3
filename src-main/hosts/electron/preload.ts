// The renderer's only ways into the app: `call(op, input)` over one IPC
// channel, staging a picked file and saving a staged one (main owns the
// paths and the save dialog), and two kinds of messages from main (menu
// actions, requests to open a bundle), each checked before the page sees it. Runs sandboxed with
// context isolation; exposes nothing else. Channels: see channel.ts.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isMenuAction, type MenuAction } from '../menu-actions.ts';
import { callChannel, isOpenRequest, menuActionChannel, openRequestChannel, saveStagedChannel, stageUploadChannel, type OpenRequest } from './channel.ts';

// Open requests can arrive while the page is still starting; they wait for the first listener.
const waitingOpenRequests: OpenRequest[] = [];
const openListeners = new Set<(request: OpenRequest) => void>();
ipcRenderer.on(openRequestChannel, (_event: IpcRendererEvent, request: unknown) => {
  if (!isOpenRequest(request)) return;
  const copy = { kind: request.kind, file: request.file };
  if (openListeners.size === 0) waitingOpenRequests.push(copy);
  for (const listener of openListeners) listener(copy);
});

contextBridge.exposeInMainWorld('sourcebench', {
  call(op: unknown, input: unknown): Promise<unknown> {
    if (typeof op !== 'string' || op.length > 100) return Promise.reject(new TypeError('call(op, input): op must be an operation name.'));
    return ipcRenderer.invoke(callChannel, { op, input });
  },

  stageUpload(data: unknown, extension: unknown): Promise<unknown> {
    if (!(data instanceof ArrayBuffer) || typeof extension !== 'string') return Promise.reject(new TypeError('stageUpload(data, extension): data must be an ArrayBuffer.'));
    return ipcRenderer.invoke(stageUploadChannel, { data, extension });
  },

  saveStaged(file: unknown, suggestedName: unknown): Promise<unknown> {
    if (typeof file !== 'string' || typeof suggestedName !== 'string') return Promise.reject(new TypeError('saveStaged(file, suggestedName): both are strings.'));
    return ipcRenderer.invoke(saveStagedChannel, { file, suggestedName });
  },

  onMenuAction(listener: unknown): () => void {
    if (typeof listener !== 'function') throw new TypeError('onMenuAction(listener): listener must be a function.');
    const forward = (_event: IpcRendererEvent, action: unknown) => {
      if (isMenuAction(action)) (listener as (action: MenuAction) => void)(action);
    };
    ipcRenderer.on(menuActionChannel, forward);
    return () => {
      ipcRenderer.removeListener(menuActionChannel, forward);
    };
  },

  onOpenRequest(listener: unknown): () => void {
    if (typeof listener !== 'function') throw new TypeError('onOpenRequest(listener): listener must be a function.');
    const typed = listener as (request: OpenRequest) => void;
    openListeners.add(typed);
    for (const request of waitingOpenRequests.splice(0)) typed(request);
    return () => {
      openListeners.delete(typed);
    };
  },
});
