// The renderer's only way into the app: one `call(op, input)` over one IPC
// channel. Runs sandboxed with context isolation; exposes nothing else.

import { contextBridge, ipcRenderer } from 'electron';
import { callChannel } from './channel.ts';

contextBridge.exposeInMainWorld('sourcebench', {
  call(op: unknown, input: unknown): Promise<unknown> {
    if (typeof op !== 'string' || op.length > 100) return Promise.reject(new TypeError('call(op, input): op must be an operation name.'));
    return ipcRenderer.invoke(callChannel, { op, input });
  },
});
