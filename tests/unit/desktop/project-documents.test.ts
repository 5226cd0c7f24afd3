// The File menu's project commands with Electron's dialogs stood in for:
// real project files, a refusal shown in a dialog with the project kept open,
// New never replacing a file, Save a Copy writing a real copy, and bundles
// from the file manager staged into the open project and handed over.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../../src-main/core/core.ts';
import { stagedPath } from '../../../src-main/core/project/staging.ts';
import { openDocuments } from '../../../src-main/hosts/electron/open-documents.ts';
import { projectDocuments, type ProjectDocuments } from '../../../src-main/hosts/electron/project-documents.ts';
import { openProjectSession } from '../../../src-main/hosts/electron/project-session.ts';
import { importText, unwrap } from '../core-harness.ts';

const electron = vi.hoisted(() => ({
  userData: '',
  messages: [] as { message: string; detail: string }[],
  errorBoxes: [] as string[],
  nextSavePath: null as string | null,
  nextOpenPath: null as string | null,
  recentDocuments: [] as string[],
}));

vi.mock('electron', () => ({
  app: {
    getPath: (name: string) => (name === 'userData' ? electron.userData : os.tmpdir()),
    addRecentDocument: (file: string) => electron.recentDocuments.push(file),
    clearRecentDocuments: () => electron.recentDocuments.splice(0),
  },
  dialog: {
    showMessageBox: async (options: { message: string; detail: string }) => {
      electron.messages.push({ message: options.message, detail: options.detail });
      return { response: 0 };
    },
    showErrorBox: (title: string, content: string) => electron.errorBoxes.push(`${title}: ${content}`),
    showSaveDialog: async () => ({ canceled: electron.nextSavePath === null, filePath: electron.nextSavePath ?? '' }),
    showOpenDialog: async () => ({ canceled: electron.nextOpenPath === null, filePaths: electron.nextOpenPath === null ? [] : [electron.nextOpenPath] }),
  },
}));

let folder = '';
let docs: ProjectDocuments;
let changes: boolean[] = [];

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'sb-docs-'));
  electron.userData = path.join(folder, 'user-data');
  electron.messages = [];
  electron.errorBoxes = [];
  electron.nextSavePath = null;
  electron.nextOpenPath = null;
  changes = [];
  docs = projectDocuments({
    session: openProjectSession(path.join(folder, 'First.sourcebench'), {}, { backups: () => ({ stop() {} }) }),
    defaultProject: path.join(folder, 'Default.sourcebench'),
    window: () => null,
    changed: ({ projectSwitched }) => changes.push(projectSwitched),
  });
});

afterEach(() => docs.session.close());

const current = () => docs.session.core.project.path;
const storedRecent = () => JSON.parse(readFileSync(path.join(electron.userData, 'recent-projects.json'), 'utf8')) as string[];

describe('project documents', () => {
  it('opens another project, remembers both, and reports the switch', () => {
    const other = path.join(folder, 'Other.sourcebench');
    openCore(other).close();
    expect(docs.openProjectFile(other, { create: false })).toBe(true);
    expect(current()).toBe(other);
    expect(changes).toEqual([true]);
    expect(storedRecent()).toEqual([other, path.join(folder, 'First.sourcebench')]);
    expect(docs.isDefaultProject()).toBe(false);
  });

  it('shows the core’s refusal in a dialog and keeps the open project', async () => {
    importText(docs.session.core, 'Kept text.', 'Kept');
    const notes = path.join(folder, 'notes.sourcebench');
    writeFileSync(notes, 'plain notes');
    expect(docs.openProjectFile(notes, { create: false })).toBe(false);
    await vi.waitFor(() => expect(electron.messages).toHaveLength(1));
    expect(electron.messages[0]?.message).toBe('Could not open notes.sourcebench');
    expect(electron.messages[0]?.detail).toMatch(/not a Sourcebench project.*First is still open\./s);
    expect(current()).toBe(path.join(folder, 'First.sourcebench'));
    expect(unwrap(docs.session.core.call('sources.list', {})).total).toBe(1);
    expect(readFileSync(notes, 'utf8')).toBe('plain notes');
  });

  it('drops a recent project that has gone missing', async () => {
    const gone = path.join(folder, 'Gone.sourcebench');
    openCore(gone).close();
    docs.openProjectFile(gone);
    docs.openProjectFile(path.join(folder, 'First.sourcebench'));
    expect(docs.recentProjects()).toContain(gone);
    const { rmSync } = await import('node:fs');
    rmSync(gone);
    expect(docs.openProjectFile(gone, { create: false })).toBe(false);
    expect(docs.recentProjects()).not.toContain(gone);
    expect(storedRecent()).not.toContain(gone);
  });

  it('creates a new project where the user chose, adding the extension', async () => {
    electron.nextSavePath = path.join(folder, 'Fresh');
    await docs.newProject();
    expect(current()).toBe(path.join(folder, 'Fresh.sourcebench'));
    expect(existsSync(path.join(folder, 'Fresh.sourcebench'))).toBe(true);
  });

  it('never replaces an existing file with a new project', async () => {
    const taken = path.join(folder, 'Taken.sourcebench');
    writeFileSync(taken, 'someone’s file');
    electron.nextSavePath = taken;
    await docs.newProject();
    expect(electron.messages[0]?.message).toBe('Taken.sourcebench already exists');
    expect(readFileSync(taken, 'utf8')).toBe('someone’s file');
    expect(current()).toBe(path.join(folder, 'First.sourcebench'));
  });

  it('saves a copy that opens with the same sources, and stays on the open project', async () => {
    importText(docs.session.core, 'Copied text.', 'Copied');
    electron.nextSavePath = path.join(folder, 'Copy.sourcebench');
    await docs.saveCopy();
    expect(current()).toBe(path.join(folder, 'First.sourcebench'));
    const copy = openCore(path.join(folder, 'Copy.sourcebench'), { create: false });
    expect(unwrap(copy.call('sources.list', {})).rows.map((r) => r.title)).toEqual(['Copied']);
    copy.close();
  });

  it('says why a copy could not be saved', async () => {
    electron.nextSavePath = path.join(folder, 'First.sourcebench');
    await docs.saveCopy();
    expect(electron.messages[0]?.message).toBe('Could not save a copy');
    expect(electron.messages[0]?.detail).toMatch(/cannot replace the open project/);
  });

  it('does nothing when a dialog is cancelled', async () => {
    await docs.newProject();
    await docs.chooseAndOpenProject();
    await docs.saveCopy();
    expect(current()).toBe(path.join(folder, 'First.sourcebench'));
    expect(electron.messages).toEqual([]);
  });

  it('closes a project by returning to the default project', () => {
    docs.closeProject();
    expect(current()).toBe(path.join(folder, 'Default.sourcebench'));
    expect(docs.isDefaultProject()).toBe(true);
  });
});

describe('opening from the file manager', () => {
  it('opens the project first, then stages the bundle into it and sends the staged name', () => {
    const project = path.join(folder, 'Team.sourcebench');
    openCore(project).close();
    const bundle = path.join(folder, 'From a colleague.sbundle');
    writeFileSync(bundle, 'bundle bytes');
    const sent: unknown[][] = [];
    const window = { webContents: { isLoading: () => false, send: (...args: unknown[]) => sent.push(args) } };
    openDocuments(docs, window as never, [
      { kind: 'bundle', path: bundle },
      { kind: 'project', path: project },
    ]);
    expect(current()).toBe(project);
    expect(sent).toHaveLength(1);
    const [channel, request] = sent[0] as [string, { kind: string; file: string }];
    expect(channel).toBe('sourcebench:open-request');
    expect(request.kind).toBe('openBundle');
    expect(request.file).toMatch(/\.sbundle$/);
    expect(request.file).not.toContain('/');
    expect(readFileSync(stagedPath(docs.session.core.project, request.file), 'utf8')).toBe('bundle bytes');
  });

  it('waits for a reloading page before handing the bundle over', () => {
    const bundle = path.join(folder, 'b.sbundle');
    writeFileSync(bundle, 'x');
    const sent: unknown[] = [];
    let finish = () => {};
    const window = {
      webContents: {
        isLoading: () => true,
        once: (event: string, listener: () => void) => {
          if (event === 'did-finish-load') finish = listener;
        },
        send: (...args: unknown[]) => sent.push(args),
      },
    };
    openDocuments(docs, window as never, [{ kind: 'bundle', path: bundle }]);
    expect(sent).toEqual([]);
    finish();
    expect(sent).toHaveLength(1);
  });

  it('says so when the bundle cannot be read', () => {
    openDocuments(docs, null, [{ kind: 'bundle', path: path.join(folder, 'missing.sbundle') }]);
    expect(electron.errorBoxes).toHaveLength(1);
    expect(electron.errorBoxes[0]).toMatch(/^Could not open missing\.sbundle: /);
  });
});
