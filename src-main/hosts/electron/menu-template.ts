// The native application menu as data: built from the shared table
// (../menu-actions.ts) plus Electron's roles where the system does the work
// (clipboard, window management, the macOS app menu). Pure: main turns the
// template into a Menu and supplies what the clicks do.

import type { MenuItemConstructorOptions } from 'electron';
import { menuActionSpecs, type MenuAction, type MenuName } from '../menu-actions.ts';
import { recentMenuLabel } from './project-title.ts';

/** The project-file commands main runs itself; every other action goes to the renderer. */
export const mainMenuActions: ReadonlySet<MenuAction> = new Set<MenuAction>(['file.newProject', 'file.openProject', 'file.saveCopy', 'file.closeProject']);

export function isMainMenuAction(action: MenuAction): boolean {
  return mainMenuActions.has(action);
}

export interface MenuContext {
  platform: NodeJS.Platform;
  /** A packaged app has no reload or developer tools items. */
  isPackaged: boolean;
  appName: string;
  /** Newest first, the open project left out. */
  recentProjects: readonly string[];
  /** False when the default project is open (closing returns to it). */
  canCloseProject: boolean;
  onAction(action: MenuAction): void;
  onOpenRecent(projectPath: string): void;
  onClearRecent(): void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

export function buildMenuTemplate(ctx: MenuContext): Item[] {
  const mac = ctx.platform === 'darwin';
  const action = (id: MenuAction): Item => {
    const spec = menuActionSpecs.find((s) => s.id === id);
    if (spec === undefined) throw new Error(`No menu action ${id}`);
    const item: Item = { id, label: spec.label, click: () => ctx.onAction(id) };
    if ('accelerator' in spec) item.accelerator = spec.accelerator;
    if (id === 'file.closeProject') item.enabled = ctx.canCloseProject;
    return item;
  };
  // The table's items for one menu, in order, with its separators; `after` places extra items after an action.
  const fromTable = (menu: MenuName, options: { skip?: readonly MenuAction[]; after?: Partial<Record<MenuAction, Item[]>> } = {}): Item[] => {
    const items: Item[] = [];
    for (const spec of menuActionSpecs) {
      if (spec.menu !== menu || options.skip?.includes(spec.id)) continue;
      if ('startsGroup' in spec && spec.startsGroup && items.length > 0) items.push(separator);
      items.push(action(spec.id), ...(options.after?.[spec.id] ?? []));
    }
    return items;
  };

  const openRecent: Item = {
    id: 'file.openRecent',
    label: 'Open Recent',
    submenu: [
      ...(ctx.recentProjects.length === 0
        ? [{ label: 'No Recent Projects', enabled: false }]
        : ctx.recentProjects.map((file): Item => ({ label: recentMenuLabel(file), click: () => ctx.onOpenRecent(file) }))),
      separator,
      { id: 'file.clearRecent', label: 'Clear Menu', enabled: ctx.recentProjects.length > 0, click: () => ctx.onClearRecent() },
    ],
  };

  const appMenu: Item[] = mac
    ? [
        {
          label: ctx.appName,
          submenu: [action('help.about'), separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
        },
      ]
    : [];

  const file: Item = {
    label: 'File',
    submenu: [...fromTable('File', { after: { 'file.openProject': [openRecent] } }), ...(mac ? [] : [separator, { role: 'quit' } as Item])],
  };

  // Undo and redo are the workbench's own (highlights, tags); cut, copy and paste act on the page.
  const clipboard: Item[] = [separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }];
  const edit: Item = { label: 'Edit', submenu: fromTable('Edit', { after: { 'edit.redo': clipboard } }) };

  const developer: Item[] = ctx.isPackaged ? [] : [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];
  const view: Item = { label: 'View', submenu: [...fromTable('View'), separator, { role: 'togglefullscreen' }, ...developer] };

  const go: Item = { label: 'Go', submenu: fromTable('Go') };

  const window: Item = {
    label: 'Window',
    role: 'window',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, { role: 'close' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: Item = { label: 'Help', role: 'help', submenu: fromTable('Help', mac ? { skip: ['help.about'] } : {}) };

  return [...appMenu, file, edit, view, go, window, help];
}
