// Files crossing the desktop door: a file the user picked in the page arrives
// as bytes and is staged for the core; a staged file the core wrote (a bundle,
// an export) is saved where the user chooses in a save dialog. The renderer
// never names a path.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { AppError, type Result } from '../../core/api/errors.ts';
import type { Project } from '../../core/project/project.ts';
import { existingStagedPath, MAX_UPLOAD_BYTES, newStagedName, stagedPath, unstageFile } from '../../core/project/staging.ts';
import { isSaveStaged, isStageUpload, saveStagedChannel, stageUploadChannel } from './channel.ts';
import { isOwnRendererUrl } from './window-security.ts';

export function serveStagedFiles(openProject: () => Project | null): void {
  ipcMain.handle(stageUploadChannel, (event, payload: unknown): Result<{ file: string }> => {
    if (!isOwnRendererUrl(event.senderFrame?.url ?? '')) return refused('unsupported', 'Files are only accepted from the Sourcebench window.');
    if (!isStageUpload(payload)) return refused('invalid_input', 'Send a file as bytes with a short extension of letters and digits.');
    if (payload.data.byteLength > MAX_UPLOAD_BYTES) return refused('invalid_input', 'The file is larger than the 2 GB Sourcebench accepts.');
    const project = openProject();
    if (project === null) return refused('internal', 'No project is open.');
    const file = newStagedName(payload.extension);
    writeFileSync(stagedPath(project, file), new Uint8Array(payload.data));
    return { ok: true, value: { file } };
  });

  ipcMain.handle(saveStagedChannel, async (event, payload: unknown): Promise<Result<{ saved: boolean }>> => {
    if (!isOwnRendererUrl(event.senderFrame?.url ?? '')) return refused('unsupported', 'Files are only saved for the Sourcebench window.');
    if (!isSaveStaged(payload)) return refused('invalid_input', 'Name a staged file and a file name to suggest.');
    const project = openProject();
    if (project === null) return refused('internal', 'No project is open.');
    try {
      existingStagedPath(project, payload.file);
      const window = BrowserWindow.fromWebContents(event.sender);
      const options = { defaultPath: path.basename(payload.suggestedName) || 'export' };
      const choice = window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
      if (choice.canceled || choice.filePath === undefined) return { ok: true, value: { saved: false } };
      unstageFile(project, payload.file, choice.filePath);
      return { ok: true, value: { saved: true } };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() };
      return refused('internal', `The file could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

function refused(code: 'unsupported' | 'invalid_input' | 'internal', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
