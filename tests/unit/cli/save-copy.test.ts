// `sourcebench save-copy PATH`: the copy opens with the same sources; an existing file is
// kept unless --force; the open project is never the target.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, cliJson, importCorpusFile, snapshot, tempFolder } from './cli-harness.ts';

let folder: ReturnType<typeof tempFolder>;
afterEach(() => folder?.cleanup());

describe('sourcebench save-copy', () => {
  it('writes a copy that holds the same sources and annotations', async () => {
    folder = tempFolder();
    await importCorpusFile(folder.project, 'news-us-warns-embassy-shutdown.txt');
    const copy = path.join(folder.dir, 'copy.sourcebench');
    const saved = await cliJson<{ path: string; bytes: number }>(['--project', folder.project, 'save-copy', copy]);
    expect(saved.path).toBe(copy);
    const original = snapshot(folder.project);
    const copied = snapshot(copy);
    expect(copied.sources).toBe(1);
    expect({ ...copied, fileSha256: null }).toEqual({ ...original, fileSha256: null });
  });

  it('prints where the copy went', async () => {
    folder = tempFolder();
    await importCorpusFile(folder.project, 'news-us-warns-embassy-shutdown.txt');
    const copy = path.join(folder.dir, 'plain.sourcebench');
    const run = await cli(['--project', folder.project, 'save-copy', copy]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Saved a copy of test\\.sourcebench to ${copy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ bytes\\)\\.\\n$`));
  });

  it('keeps an existing file unless --force is given', async () => {
    folder = tempFolder();
    await importCorpusFile(folder.project, 'news-us-warns-embassy-shutdown.txt');
    const copy = path.join(folder.dir, 'taken.sourcebench');
    writeFileSync(copy, 'someone else’s file');
    const refused = await cli(['--project', folder.project, 'save-copy', copy]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already exists; add --force');
    expect(readFileSync(copy, 'utf8')).toBe('someone else’s file');
    const forced = await cli(['--project', folder.project, 'save-copy', copy, '--force']);
    expect(forced.code).toBe(0);
    expect(snapshot(copy).sources).toBe(1);
  });

  it('refuses the project itself as the target, leaving it unchanged', async () => {
    folder = tempFolder();
    await importCorpusFile(folder.project, 'news-us-warns-embassy-shutdown.txt');
    const before = snapshot(folder.project);
    const run = await cli(['--project', folder.project, 'save-copy', folder.project, '--force']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot replace the open project');
    expect(snapshot(folder.project)).toEqual(before);
  });

  it('does not create a project when there is none to copy', async () => {
    folder = tempFolder();
    const run = await cli(['--project', folder.project, 'save-copy', path.join(folder.dir, 'c.sourcebench')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No project at');
    expect(existsSync(folder.project)).toBe(false);
  });

  it('needs exactly one path', async () => {
    folder = tempFolder();
    expect((await cli(['--project', folder.project, 'save-copy'])).code).toBe(2);
    expect((await cli(['--project', folder.project, 'save-copy', 'a', 'b'])).code).toBe(2);
  });
});
