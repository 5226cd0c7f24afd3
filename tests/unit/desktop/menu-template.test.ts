// The native menu, built from the shared table: every action once with the
// table's label and shortcut, the project commands desktop-only and run by
// main, the system's roles where they belong, developer items only unpackaged.

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuActions, menuActionSpecs, type MenuAction } from '../../../src-main/hosts/menu-actions.ts';
import { buildMenuTemplate, isMainMenuAction, type MenuContext } from '../../../src-main/hosts/electron/menu-template.ts';

type Item = MenuItemConstructorOptions;

interface Recorded {
  actions: MenuAction[];
  recent: string[];
  cleared: number;
}

function build(overrides: Partial<MenuContext> = {}): { template: Item[]; recorded: Recorded } {
  const recorded: Recorded = { actions: [], recent: [], cleared: 0 };
  const template = buildMenuTemplate({
    platform: 'linux',
    isPackaged: true,
    appName: 'Sourcebench',
    recentProjects: [],
    canCloseProject: true,
    onAction: (a) => recorded.actions.push(a),
    onOpenRecent: (p) => recorded.recent.push(p),
    onClearRecent: () => recorded.cleared++,
    ...overrides,
  });
  return { template, recorded };
}

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(item: Item | undefined): void {
  if (!item?.click) throw new Error(`item ${item?.id ?? item?.label} has no click`);
  (item.click as () => void)();
}

function menu(template: Item[], label: string): Item[] {
  const found = template.find((m) => m.label === label);
  if (!found || !Array.isArray(found.submenu)) throw new Error(`no ${label} menu`);
  return found.submenu;
}

const platforms = ['linux', 'win32', 'darwin'] as const;

describe('native menu template', () => {
  it.each(platforms)('has File, Edit, View, Go, Window and Help in that order (%s)', (platform) => {
    const labels = build({ platform }).template.map((m) => m.label);
    expect(labels.slice(platform === 'darwin' ? 1 : 0)).toEqual(['File', 'Edit', 'View', 'Go', 'Window', 'Help']);
    if (platform === 'darwin') expect(labels[0]).toBe('Sourcebench');
  });

  it.each(platforms)('shows every action of the table exactly once, with its label and shortcut (%s)', (platform) => {
    const items = flatten(build({ platform }).template);
    for (const spec of menuActionSpecs) {
      const matches = items.filter((item) => item.id === spec.id);
      expect(matches, spec.id).toHaveLength(1);
      expect(matches[0]?.label).toBe(spec.label);
      expect(matches[0]?.accelerator).toBe('accelerator' in spec ? spec.accelerator : undefined);
    }
    const ids = items.map((i) => i.id).filter((id): id is string => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts each action under the menu the table names, About under the app menu on macOS', () => {
    for (const platform of platforms) {
      const { template } = build({ platform });
      for (const spec of menuActionSpecs) {
        const expected = platform === 'darwin' && spec.id === 'help.about' ? 'Sourcebench' : spec.menu;
        expect(flatten(menu(template, expected)).some((i) => i.id === spec.id), `${platform} ${spec.id}`).toBe(true);
      }
    }
  });

  it('draws a separator before each item that starts a group', () => {
    const file = menu(build().template, 'File');
    const before = (id: string) => file[file.findIndex((i) => i.id === id) - 1];
    expect(before('file.import')?.type).toBe('separator');
    expect(before('file.backups')?.type).toBe('separator');
    expect(before('file.openBundle')?.type).toBeUndefined();
  });

  it('has the desktop-only project commands, and main runs exactly those', () => {
    const file = menu(build().template, 'File').map((i) => i.id);
    const desktopOnly = menuActionSpecs.filter((s) => 'desktopOnly' in s && s.desktopOnly).map((s) => s.id);
    expect(desktopOnly).toEqual(['file.newProject', 'file.openProject', 'file.saveCopy', 'file.closeProject']);
    for (const id of desktopOnly) expect(file).toContain(id);
    expect(menuActions.filter(isMainMenuAction)).toEqual(desktopOnly);
  });

  it('sends the clicked action id, whichever item it is', () => {
    const { template, recorded } = build();
    const items = flatten(template);
    for (const id of menuActions) click(items.find((i) => i.id === id));
    expect(recorded.actions).toEqual(menuActions);
  });

  it('has the clipboard roles in Edit, and the window roles in Window', () => {
    for (const platform of platforms) {
      const { template } = build({ platform });
      const roles = (label: string) => menu(template, label).map((i) => i.role).filter(Boolean);
      expect(roles('Edit')).toEqual(['cut', 'copy', 'paste', 'selectAll']);
      expect(roles('Window')).toEqual(platform === 'darwin' ? ['minimize', 'zoom', 'close', 'front'] : ['minimize', 'close']);
      expect(roles('View')).toContain('togglefullscreen');
    }
  });

  it('has the macOS app menu roles on macOS, and Quit in File elsewhere', () => {
    const mac = build({ platform: 'darwin' }).template;
    expect(menu(mac, 'Sourcebench').map((i) => i.role).filter(Boolean)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(menu(mac, 'File').some((i) => i.role === 'quit')).toBe(false);
    expect(menu(build({ platform: 'win32' }).template, 'File').at(-1)?.role).toBe('quit');
  });

  it('offers reload and developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) => flatten(build({ isPackaged }).template).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('lists recent projects under Open Recent, opens the one clicked, and can clear the list', () => {
    const { template, recorded } = build({ recentProjects: ['/p/Embassy.sourcebench', '/p/R&D.sourcebench'] });
    const recent = menu(menu(template, 'File') as Item[], 'Open Recent');
    expect(recent.map((i) => i.label)).toEqual(['Embassy — /p', 'R&&D — /p', undefined, 'Clear Menu']);
    click(recent[1]);
    click(recent.find((i) => i.id === 'file.clearRecent'));
    expect(recorded.recent).toEqual(['/p/R&D.sourcebench']);
    expect(recorded.cleared).toBe(1);
  });

  it('says when there are no recent projects, and disables Close Project on the default project', () => {
    const { template } = build({ recentProjects: [], canCloseProject: false });
    const file = menu(template, 'File');
    const recent = menu(file, 'Open Recent');
    expect(recent[0]).toMatchObject({ label: 'No Recent Projects', enabled: false });
    expect(recent.find((i) => i.id === 'file.clearRecent')?.enabled).toBe(false);
    expect(file.find((i) => i.id === 'file.closeProject')?.enabled).toBe(false);
    expect(menu(build().template, 'File').find((i) => i.id === 'file.closeProject')?.enabled).toBe(true);
  });
});
