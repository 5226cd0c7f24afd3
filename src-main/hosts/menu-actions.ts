// The commands a menu can send: the native menu in Electron and the in-page
// menu in browser mode list the same ones, with the same shortcuts. Main
// handles the project-file commands itself; the rest reach the renderer,
// which owns what they do.

export const menuActions = [
  'file.newProject',
  'file.openProject',
  'file.saveCopy',
  'file.closeProject',
  'file.import',
  'file.exportBundle',
  'file.openBundle',
  'file.backups',
  'edit.undo',
  'edit.redo',
  'edit.find',
  'view.fontLarger',
  'view.fontSmaller',
  'view.fontReset',
  'view.theme',
  'go.library',
  'go.annotations',
  'go.events',
  'go.compare',
  'go.codebook',
  'help.shortcuts',
  'help.about',
] as const;

export type MenuAction = (typeof menuActions)[number];

export function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && (menuActions as readonly string[]).includes(value);
}
