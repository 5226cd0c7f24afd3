// The commands a menu can send. The native menu (Electron) and the in-page
// menu (browser mode) are both built from this one table, so their labels and
// shortcuts cannot drift apart. Main handles the project-file commands itself;
// the rest reach the renderer, which owns what they do.
// Pure data with no imports: the renderer may import it at run time (the
// boundaries test allows this file alone).

export type MenuName = 'File' | 'Edit' | 'View' | 'Go' | 'Help';

export interface MenuActionSpec {
  readonly id: string;
  readonly menu: MenuName;
  readonly label: string;
  /** Electron accelerator syntax ("CmdOrCtrl+Shift+Z"); the page reads the same string. */
  readonly accelerator?: string;
  /** Only the desktop app can do this (browser mode serves one fixed project file). */
  readonly desktopOnly?: boolean;
  /** A separator is drawn before this item. */
  readonly startsGroup?: boolean;
}

export const menuActionSpecs = [
  { id: 'file.newProject', menu: 'File', label: 'New Project…', accelerator: 'CmdOrCtrl+Shift+N', desktopOnly: true },
  { id: 'file.openProject', menu: 'File', label: 'Open Project…', accelerator: 'CmdOrCtrl+O', desktopOnly: true },
  { id: 'file.saveCopy', menu: 'File', label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', desktopOnly: true },
  { id: 'file.closeProject', menu: 'File', label: 'Close Project', accelerator: 'CmdOrCtrl+Shift+W', desktopOnly: true },
  { id: 'file.import', menu: 'File', label: 'Import Sources…', accelerator: 'CmdOrCtrl+I', startsGroup: true },
  { id: 'file.importFolder', menu: 'File', label: 'Import Folder…' },
  { id: 'file.pasteText', menu: 'File', label: 'Paste Text as a Source…' },
  { id: 'file.importAnnotations', menu: 'File', label: 'Import Annotations…' },
  { id: 'file.exportBundle', menu: 'File', label: 'Export Bundle…', accelerator: 'CmdOrCtrl+E' },
  { id: 'file.openBundle', menu: 'File', label: 'Open or Merge Bundle…', accelerator: 'CmdOrCtrl+Shift+O' },
  { id: 'file.exportAs', menu: 'File', label: 'Export As…' },
  { id: 'file.report', menu: 'File', label: 'Export Report…' },
  { id: 'file.backups', menu: 'File', label: 'Backups…', startsGroup: true },
  { id: 'edit.undo', menu: 'Edit', label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  { id: 'edit.redo', menu: 'Edit', label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z' },
  { id: 'edit.find', menu: 'Edit', label: 'Search Everything', accelerator: 'CmdOrCtrl+K', startsGroup: true },
  { id: 'view.fontLarger', menu: 'View', label: 'Larger Reading Text', accelerator: 'CmdOrCtrl+=' },
  { id: 'view.fontSmaller', menu: 'View', label: 'Smaller Reading Text', accelerator: 'CmdOrCtrl+-' },
  { id: 'view.fontReset', menu: 'View', label: 'Default Reading Text', accelerator: 'CmdOrCtrl+0' },
  { id: 'view.theme', menu: 'View', label: 'Theme: System, Light or Dark', startsGroup: true },
  { id: 'go.library', menu: 'Go', label: 'Library', accelerator: 'CmdOrCtrl+1' },
  { id: 'go.annotations', menu: 'Go', label: 'Annotations', accelerator: 'CmdOrCtrl+2' },
  { id: 'go.events', menu: 'Go', label: 'Events', accelerator: 'CmdOrCtrl+3' },
  { id: 'go.compare', menu: 'Go', label: 'Compare', accelerator: 'CmdOrCtrl+4' },
  { id: 'go.codebook', menu: 'Go', label: 'Codebook', accelerator: 'CmdOrCtrl+5' },
  { id: 'help.shortcuts', menu: 'Help', label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/' },
  { id: 'help.about', menu: 'Help', label: 'About Sourcebench' },
] as const satisfies readonly MenuActionSpec[];

export type MenuAction = (typeof menuActionSpecs)[number]['id'];

export const menuActions: readonly MenuAction[] = menuActionSpecs.map((spec) => spec.id);

export function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && (menuActions as readonly string[]).includes(value);
}
