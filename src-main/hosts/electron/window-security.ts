// Locks down every web contents the app creates: no navigation away from the
// workbench, no new windows, no permissions, no webviews. A web or mail link
// the user follows is offered to the system browser after a confirmation.

import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron';
import { contentSecurityPolicy } from '../http/security-headers.ts';
import { externalLinkQuestion, externalLinkTarget } from './external-links.ts';

export function isOwnRendererUrl(url: string): boolean {
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (devServer && url.startsWith(devServer)) return true;
  return url.startsWith('file://') && url.includes('/out/renderer/');
}

export function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      void offerInBrowser(contents, url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (isOwnRendererUrl(url)) return;
      event.preventDefault();
      void offerInBrowser(contents, url);
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

async function offerInBrowser(contents: WebContents, url: string): Promise<void> {
  const target = externalLinkTarget(url);
  if (target === null) return;
  const question = { type: 'question' as const, ...externalLinkQuestion(target) };
  const window = BrowserWindow.fromWebContents(contents);
  const answer = window ? await dialog.showMessageBox(window, question) : await dialog.showMessageBox(question);
  if (answer.response === 0) await shell.openExternal(target);
}
