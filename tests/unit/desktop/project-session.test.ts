// Switching projects in the desktop app: the new file opens before the old one
// closes, so a refused file (not a project, from a newer version, missing)
// leaves the current project open, usable and unchanged.

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/core/api/errors.ts';
import type { Core } from '../../../src-main/core/core.ts';
import { latestVersion, loadMigrations } from '../../../src-main/core/project/migrations.ts';
import { openProjectSession, type ProjectSession } from '../../../src-main/hosts/electron/project-session.ts';
import { projectDisplayName, recentMenuLabel, windowTitle } from '../../../src-main/hosts/electron/project-title.ts';
import { startupProject } from '../../../src-main/hosts/electron/startup-project.ts';
import { importText, unwrap } from '../core-harness.ts';

const sessions: ProjectSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

function folder(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'sb-session-'));
}

function titles(core: Core): string[] {
  return unwrap(core.call('sources.list', {})).rows.map((s) => s.title);
}

function session(file: string): { session: ProjectSession; schedules: { started: string[]; stopped: string[] } } {
  const schedules = { started: [] as string[], stopped: [] as string[] };
  const s = openProjectSession(file, {}, {
    backups: (project) => {
      schedules.started.push(project.path);
      return { stop: () => schedules.stopped.push(project.path) };
    },
  });
  sessions.push(s);
  return { session: s, schedules };
}

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the switch to be refused');
}

describe('project session', () => {
  it('switches to another project, closing the first and moving its backup schedule', () => {
    const dir = folder();
    const a = path.join(dir, 'A.sourcebench');
    const b = path.join(dir, 'B.sourcebench');
    const { session: s, schedules } = session(a);
    const first = s.core;
    importText(first, 'Text in A.', 'In A');
    const second = s.switchTo(b);
    expect(s.core).toBe(second);
    expect(first.project.db.open).toBe(false);
    expect(second.project.path).toBe(b);
    expect(titles(second)).toEqual([]);
    expect(schedules).toEqual({ started: [a, b], stopped: [a] });
    // And back: A kept its source.
    expect(titles(s.switchTo(a))).toEqual(['In A']);
  });

  it('keeps the open project when the other file is not a project', () => {
    const dir = folder();
    const { session: s } = session(path.join(dir, 'A.sourcebench'));
    importText(s.core, 'Still here.', 'Kept');
    const notes = path.join(dir, 'notes.sourcebench');
    writeFileSync(notes, 'These are plain notes, not a database.');
    const error = refusal(() => s.switchTo(notes));
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/notes\.sourcebench is not a Sourcebench project/);
    expect(s.core.project.db.open).toBe(true);
    expect(titles(s.core)).toEqual(['Kept']);
  });

  it('keeps the open project when the other file is from a newer version', () => {
    const dir = folder();
    const { session: s } = session(path.join(dir, 'A.sourcebench'));
    const future = path.join(dir, 'future.sourcebench');
    const db = new Database(future);
    db.pragma(`user_version = ${latestVersion(loadMigrations()) + 5}`);
    db.close();
    const error = refusal(() => s.switchTo(future));
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/newer version of Sourcebench/);
    expect(s.core.project.path).toBe(path.join(dir, 'A.sourcebench'));
    expect(titles(s.core)).toEqual([]);
  });

  it('refuses a missing file when asked to open, not create', () => {
    const dir = folder();
    const { session: s, schedules } = session(path.join(dir, 'A.sourcebench'));
    expect(refusal(() => s.switchTo(path.join(dir, 'gone.sourcebench'), { create: false })).code).toBe('not_found');
    expect(s.core.project.db.open).toBe(true);
    expect(schedules.stopped).toEqual([]);
  });

  it('names which file could not be opened when the file system refuses', () => {
    const dir = folder();
    const { session: s } = session(path.join(dir, 'A.sourcebench'));
    // A folder where the file's folder should be: SQLite cannot create it.
    writeFileSync(path.join(dir, 'blocker'), '');
    const error = refusal(() => s.switchTo(path.join(dir, 'blocker', 'x.sourcebench')));
    expect(error.message).toContain(path.join(dir, 'blocker', 'x.sourcebench'));
    expect(s.core.project.db.open).toBe(true);
  });

  it('treats switching to the open file as staying put', () => {
    const dir = folder();
    const { session: s, schedules } = session(path.join(dir, 'A.sourcebench'));
    const core = s.core;
    expect(s.switchTo(path.join(dir, 'A.sourcebench'))).toBe(core);
    expect(core.project.db.open).toBe(true);
    expect(schedules.started).toHaveLength(1);
  });
});

describe('titles and the startup project', () => {
  it('names the window and menu entries after the file', () => {
    expect(projectDisplayName('/x/Field notes.sourcebench')).toBe('Field notes');
    expect(windowTitle('/x/Field notes.sourcebench')).toBe('Field notes — Sourcebench');
    expect(windowTitle('/x/Field notes.sourcebench', 'Sourcebench')).toBe('Field notes — Sourcebench');
    expect(windowTitle('/x/Field notes.sourcebench', 'Codebook — Sourcebench')).toBe('Codebook — Field notes — Sourcebench');
    expect(recentMenuLabel('/x/R&D/Q&A.sourcebench')).toBe('Q&&A — /x/R&&D');
  });

  it('opens the launch file, else the environment, else the latest existing recent, else the default', () => {
    const base = { launchProject: null, envProject: undefined, recentProjects: ['/gone.sourcebench', '/b.sourcebench'], defaultProject: '/d.sourcebench', exists: (f: string) => f !== '/gone.sourcebench' };
    expect(startupProject({ ...base, launchProject: '/l.sourcebench', envProject: '/e.sourcebench' })).toBe('/l.sourcebench');
    expect(startupProject({ ...base, envProject: '/e.sourcebench' })).toBe('/e.sourcebench');
    expect(startupProject(base)).toBe('/b.sourcebench');
    expect(startupProject({ ...base, recentProjects: ['/gone.sourcebench'] })).toBe('/d.sourcebench');
  });
});
