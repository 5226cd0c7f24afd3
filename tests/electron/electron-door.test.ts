// The desktop door: the real Electron app, its preload's bridge, the native
// menu's actions reaching the renderer, and projects switched like documents.
// Needs the Electron runtime, which cannot be installed on machines without
// internet access; there the test says so and skips.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function electronBinary(): string | null {
  try {
    const relative = readFileSync(path.join(root, 'node_modules/electron/path.txt'), 'utf8').trim();
    const binary = path.join(root, 'node_modules/electron/dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const reason = 'the Electron runtime is not installed (node_modules/electron/dist is missing; it downloads from the internet)';

interface Bridge {
  call(op: string, input: unknown): Promise<unknown>;
  onMenuAction(listener: (action: string) => void): () => void;
  onOpenRequest(listener: (request: { kind: string; file: string }) => void): () => void;
}

interface Running {
  app: ElectronApplication;
  window: Page;
  home: string;
  folder: string;
}

const running: ElectronApplication[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
});

/** The app on a fresh user-data folder (settings, recent list, single-instance lock) and a fresh first project. */
async function launch(): Promise<Running> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'sb-electron-'));
  const home = path.join(folder, 'home');
  const app = await electron.launch({
    executablePath: binary ?? '',
    args: [root],
    env: { ...process.env, SOURCEBENCH_HOME: home, SOURCEBENCH_PROJECT: path.join(folder, 'e.sourcebench') },
  });
  running.push(app);
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window, home, folder };
}

/** What a double-click in the file manager does: a second copy of the app, given the file, which hands it over and quits. */
function openFromFileManager(home: string, file: string): void {
  const second = spawnSync(binary ?? '', [root, file], { env: { ...process.env, SOURCEBENCH_HOME: home }, timeout: 30_000 });
  expect(second.status).toBe(0);
}

function projectInfo(window: Page): Promise<unknown> {
  return window.evaluate(() => (window as unknown as { sourcebench: Bridge }).sourcebench.call('project.info', {}));
}

async function windowTitle(app: ElectronApplication): Promise<string> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
}

describe.skipIf(binary === null)(`Electron door${binary === null ? ` (skipped: ${reason})` : ''}`, () => {
  it('answers calls through the preload and gives the renderer no Node access', async () => {
    const { window } = await launch();
    expect(await projectInfo(window)).toMatchObject({ ok: true, value: { name: 'e', sourceCount: 0 } });
    const unknownOp = await window.evaluate(() => (window as unknown as { sourcebench: Bridge }).sourcebench.call('nope.nothing', {}));
    expect(unknownOp).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const nodeVisible = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require !== 'undefined' || typeof (globalThis as { process?: unknown }).process !== 'undefined');
    expect(nodeVisible).toBe(false);
  });

  it('delivers the renderer’s menu actions, and only those, to onMenuAction', async () => {
    const { app, window } = await launch();
    await window.evaluate(() => {
      const received: string[] = [];
      (window as unknown as { received: string[] }).received = received;
      (window as unknown as { sourcebench: Bridge }).sourcebench.onMenuAction((action) => received.push(action));
    });
    await app.evaluate(({ Menu }) => {
      for (const id of ['go.events', 'edit.undo', 'view.fontLarger']) Menu.getApplicationMenu()?.getMenuItemById(id)?.click();
    });
    await expect.poll(() => window.evaluate(() => (window as unknown as { received: string[] }).received)).toEqual(['go.events', 'edit.undo', 'view.fontLarger']);
    const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
    expect(menus.filter((label) => label !== 'Sourcebench')).toEqual(['File', 'Edit', 'View', 'Go', 'Window', 'Help']);
  });

  it('switches project when another is opened from the file manager, retitles the window and reloads the workbench', async () => {
    const { app, window, home, folder } = await launch();
    expect(await windowTitle(app)).toMatch(/\be — Sourcebench$/);
    const other = path.join(folder, 'Field notes.sourcebench');
    await window.evaluate(() => (window as unknown as { sourcebench: Bridge }).sourcebench.call('sources.importText', { text: 'Only in e.', title: 'In e' }));
    // Opening the project that is already open changes nothing.
    openFromFileManager(home, path.join(folder, 'e.sourcebench'));
    expect(await projectInfo(window)).toMatchObject({ ok: true, value: { name: 'e', sourceCount: 1 } });

    // A new project file does not exist yet: File > New makes it; from the file manager only existing ones open.
    const { openCore } = await import('../../src-main/core/core.ts');
    openCore(other).close();
    openFromFileManager(home, other);
    await expect.poll(() => windowTitle(app)).toMatch(/Field notes — Sourcebench$/);
    await window.waitForLoadState('domcontentloaded');
    expect(await projectInfo(window)).toMatchObject({ ok: true, value: { name: 'Field notes', sourceCount: 0 } });
    const recent = JSON.parse(readFileSync(path.join(home, 'recent-projects.json'), 'utf8')) as string[];
    expect(recent.slice(0, 2)).toEqual([other, path.join(folder, 'e.sourcebench')]);

    // And back: the first project was closed whole and opens with its source.
    openFromFileManager(home, path.join(folder, 'e.sourcebench'));
    await expect.poll(() => windowTitle(app)).toMatch(/\be — Sourcebench$/);
    await window.waitForLoadState('domcontentloaded');
    expect(await projectInfo(window)).toMatchObject({ ok: true, value: { name: 'e', sourceCount: 1 } });
  });

  it('keeps the open project and says why when the file is not a project', async () => {
    const { app, window, home, folder } = await launch();
    await app.evaluate(({ dialog }) => {
      const shown: string[] = [];
      (globalThis as { shownDialogs?: string[] }).shownDialogs = shown;
      dialog.showMessageBox = (async (...args: unknown[]) => {
        const options = args.at(-1) as { message: string; detail?: string };
        shown.push(`${options.message}: ${options.detail ?? ''}`);
        return { response: 0, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
    });
    const notes = path.join(folder, 'notes.sourcebench');
    writeFileSync(notes, 'Plain notes, not a database.');
    openFromFileManager(home, notes);
    await expect.poll(() => app.evaluate(() => (globalThis as { shownDialogs?: string[] }).shownDialogs ?? [])).toEqual([
      expect.stringMatching(/^Could not open notes\.sourcebench: notes\.sourcebench is not a Sourcebench project.*e is still open\.$/s),
    ]);
    expect(await projectInfo(window)).toMatchObject({ ok: true, value: { name: 'e' } });
    expect(readFileSync(notes, 'utf8')).toBe('Plain notes, not a database.');
  });

  it('stages a bundle opened from the file manager and asks the renderer to open it', async () => {
    const { window, home, folder } = await launch();
    await window.evaluate(() => {
      const requests: unknown[] = [];
      (window as unknown as { requests: unknown[] }).requests = requests;
      (window as unknown as { sourcebench: Bridge }).sourcebench.onOpenRequest((request) => requests.push(request));
    });
    const bundle = path.join(folder, 'Shared.sbundle');
    writeFileSync(bundle, 'bundle bytes');
    openFromFileManager(home, bundle);
    await expect.poll(() => window.evaluate(() => (window as unknown as { requests: unknown[] }).requests)).toEqual([
      { kind: 'openBundle', file: expect.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]*\.sbundle$/) },
    ]);
  });
});
