// Save a Copy: the copy holds everything committed (including what still sits
// in the WAL), opens as a project of its own, and the open project is untouched.

import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/core/api/errors.ts';
import { openCore, type Core } from '../../../src-main/core/core.ts';
import { saveProjectCopy } from '../../../src-main/core/project/save-copy.ts';
import { freshCore, importText, unwrap } from '../core-harness.ts';

const opened: Core[] = [];
function track(core: Core): Core {
  opened.push(core);
  return core;
}
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
});

function sourceTitles(core: Core): string[] {
  return unwrap(core.call('sources.list', {})).rows.map((s) => s.title).sort();
}

function thrown(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('saveProjectCopy', () => {
  it('writes a copy with every committed change, even those not yet checkpointed from the WAL', () => {
    const core = track(freshCore());
    importText(core, 'The first account of the meeting.', 'First');
    importText(core, 'A second account, written later.', 'Second');
    // Nothing has been checkpointed: the main file alone would miss these rows.
    expect(existsSync(`${core.project.path}-wal`)).toBe(true);
    const to = path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-copy-')), 'Copy.sourcebench');
    const saved = saveProjectCopy(core.project, to);
    expect(saved.path).toBe(to);
    expect(saved.bytes).toBeGreaterThan(0);
    const copy = track(openCore(to, { create: false }));
    expect(sourceTitles(copy)).toEqual(['First', 'Second']);
    expect(unwrap(copy.call('project.info', {})).name).toBe('Copy');
  });

  it('leaves the open project open and in use, and later changes stay out of the copy', () => {
    const core = track(freshCore());
    importText(core, 'Before the copy.', 'Before');
    const to = path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-copy-')), 'snap.sourcebench');
    saveProjectCopy(core.project, to);
    importText(core, 'After the copy.', 'After');
    expect(sourceTitles(core)).toEqual(['After', 'Before']);
    expect(sourceTitles(track(openCore(to, { create: false })))).toEqual(['Before']);
  });

  it('replaces an existing file and drops a stale -wal beside it', () => {
    const core = track(freshCore());
    importText(core, 'Current text.', 'Current');
    const folder = mkdtempSync(path.join(os.tmpdir(), 'sb-copy-'));
    const to = path.join(folder, 'old.sourcebench');
    const older = openCore(to);
    importText(older, 'An older project.', 'Older');
    older.close();
    writeFileSync(`${to}-wal`, 'not a wal of this copy');
    saveProjectCopy(core.project, to);
    expect(existsSync(`${to}-wal`)).toBe(false);
    expect(sourceTitles(track(openCore(to, { create: false })))).toEqual(['Current']);
    expect(readdirSync(folder).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('refuses to write over the open project itself', () => {
    const core = track(freshCore());
    importText(core, 'Keep me.', 'Kept');
    const error = thrown(() => saveProjectCopy(core.project, core.project.path));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/cannot replace the open project/);
    expect(sourceTitles(core)).toEqual(['Kept']);
  });

  it('says so when the folder does not exist, and leaves nothing behind', () => {
    const core = track(freshCore());
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-copy-')), 'missing');
    const error = thrown(() => saveProjectCopy(core.project, path.join(folder, 'x.sourcebench')));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain(folder);
    expect(existsSync(folder)).toBe(false);
  });

  it('refuses a folder as the target', () => {
    const core = track(freshCore());
    const folder = mkdtempSync(path.join(os.tmpdir(), 'sb-copy-'));
    expect(thrown(() => saveProjectCopy(core.project, folder)).code).toBe('invalid_input');
  });
});
