// Opening what the user double-clicked (Electron glue): a project replaces the
// open one; a bundle is copied into the open project's staging folder and the
// renderer is asked to start its bundle flow (see channel.ts).

import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { stageFile } from '../../core/project/staging.ts';
import { openRequestChannel, type OpenRequest } from './channel.ts';
import { inOpeningOrder, type DocumentToOpen } from './launch-args.ts';
import type { ProjectDocuments } from './project-documents.ts';

export function openDocuments(documents: ProjectDocuments, window: BrowserWindow | null, files: readonly DocumentToOpen[]): void {
  for (const file of inOpeningOrder(files)) {
    if (file.kind === 'project') {
      documents.openProjectFile(file.path, { create: false });
      continue;
    }
    let staged: string;
    try {
      staged = stageFile(documents.session.core.project, file.path, 'sbundle');
    } catch (error) {
      dialog.showErrorBox(`Could not open ${path.basename(file.path)}`, error instanceof Error ? error.message : String(error));
      continue;
    }
    if (window !== null) sendWhenLoaded(window, { kind: 'openBundle', file: staged });
  }
}

/** After a project switch the page is reloading; a message sent now would reach the page being left. */
function sendWhenLoaded(window: BrowserWindow, request: OpenRequest): void {
  const send = () => window.webContents.send(openRequestChannel, request);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}
