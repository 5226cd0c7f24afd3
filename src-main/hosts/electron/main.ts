// The desktop app's main process: opens the default project, serves the one
// IPC channel from the renderer it created, and nothing else.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain } from 'electron';
import { openHostCore, type HostCore } from '../../core/project/host-core.ts';
import { defaultProjectPath } from '../../core/project/default-location.ts';
import { callChannel } from './channel.ts';
import { hardenSessions, isOwnRendererUrl } from './window-security.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
let core: HostCore | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Sourcebench',
    show: false,
    webPreferences: {
      preload: path.join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would otherwise open links in new windows, around setWindowOpenHandler's checks.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (devServer) void window.loadURL(devServer);
  else void window.loadFile(path.join(here, '../renderer/index.html'));
  return window;
}

function serveCalls(): void {
  ipcMain.handle(callChannel, (event, payload: unknown) => {
    if (!isOwnRendererUrl(event.senderFrame?.url ?? '')) {
      return { ok: false, error: { code: 'unsupported', message: 'Calls are only accepted from the Sourcebench window.' } };
    }
    if (typeof payload !== 'object' || payload === null || typeof (payload as { op?: unknown }).op !== 'string') {
      return { ok: false, error: { code: 'invalid_input', message: 'A call needs an operation name.' } };
    }
    const { op, input } = payload as { op: string; input?: unknown };
    if (core === null) return { ok: false, error: { code: 'internal', message: 'No project is open.' } };
    return core.callUntyped(op, input);
  });
}

app.whenReady().then(() => {
  hardenSessions();
  core = openHostCore(process.env['SOURCEBENCH_PROJECT'] ?? defaultProjectPath());
  serveCalls();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => core?.close());
