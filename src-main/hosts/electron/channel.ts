// The IPC channels between the preload and the main process, and the shapes
// of the messages main sends on them (the preload checks each on arrival).
//
// callChannel (renderer → main, invoke): `{ op, input }`, answered with the core's Result.
//
// menuActionChannel (main → renderer): a menu action id from
// src-main/hosts/menu-actions.ts, for the items the renderer owns. The preload
// passes on only known ids, through `window.sourcebench.onMenuAction(listener)`.
// The menu's shortcuts win over the page's: edit.undo and edit.redo arrive
// even while a text field has focus, so the renderer should let that field
// undo its typing (document.execCommand('undo')) instead of the project.
//
// openRequestChannel (main → renderer): `{ kind: 'openBundle', file }` when
// the user opened a .sbundle from the file manager (double-click, or dropped
// on the app icon). `file` is a staged name in the open project's staging
// folder (src-main/core/project/staging.ts): pass it to the bundle operations
// as is. The preload keeps requests that arrive before anyone listens and
// hands them to the first listener of `window.sourcebench.onOpenRequest(listener)`,
// so a bundle that launched the app is not lost while the renderer starts.

// stageUploadChannel (renderer → main, invoke): `{ data: ArrayBuffer, extension }`,
// the bytes of a file the user picked in the page, written to the open
// project's staging folder; answered with `{ ok, value: { file } }` (a staged name).
//
// saveStagedChannel (renderer → main, invoke): `{ file, suggestedName }`; main
// asks where to save it (a save dialog) and moves the staged file there;
// answered with `{ ok, value: { saved } }`. These two are the desktop's form
// of the loopback server's POST /files and GET /files/<name>.

export const callChannel = 'sourcebench:call';
export const stageUploadChannel = 'sourcebench:stage-upload';
export const saveStagedChannel = 'sourcebench:save-staged';
export const menuActionChannel = 'sourcebench:menu-action';
export const openRequestChannel = 'sourcebench:open-request';

export interface OpenBundleRequest {
  kind: 'openBundle';
  /** A staged file name, never a path. */
  file: string;
}

export type OpenRequest = OpenBundleRequest;

const stagedName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

export function isOpenRequest(value: unknown): value is OpenRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, file } = value as { kind?: unknown; file?: unknown };
  return kind === 'openBundle' && typeof file === 'string' && stagedName.test(file) && !file.includes('..');
}

export interface StageUpload {
  data: ArrayBuffer;
  extension: string;
}

export interface SaveStaged {
  file: string;
  suggestedName: string;
}

export function isStageUpload(value: unknown): value is StageUpload {
  if (typeof value !== 'object' || value === null) return false;
  const { data, extension } = value as { data?: unknown; extension?: unknown };
  return data instanceof ArrayBuffer && typeof extension === 'string' && /^[a-z0-9]{1,12}$/.test(extension);
}

export function isSaveStaged(value: unknown): value is SaveStaged {
  if (typeof value !== 'object' || value === null) return false;
  const { file, suggestedName } = value as { file?: unknown; suggestedName?: unknown };
  return typeof file === 'string' && stagedName.test(file) && !file.includes('..') && typeof suggestedName === 'string' && suggestedName.length <= 255;
}
