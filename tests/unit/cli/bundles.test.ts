import { existsSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core/core.ts';
import { cli, cliJson, importCorpusFile, tempFolder } from './cli-harness.ts';

const folders: { cleanup: () => void }[] = [];
afterEach(() => folders.splice(0).forEach((f) => f.cleanup()));

function folder() {
  const f = tempFolder();
  folders.push(f);
  return f;
}

describe('sourcebench export, open-bundle and merge', () => {
  it('exports a project, opens it as a new one, and merges a conflicting change with --keep', async () => {
    const { dir, project } = folder();
    const source = await importCorpusFile(project, 'news-us-warns-embassy-shutdown.txt');
    const highlight = await cliJson<{ id: string }>(['--project', project, 'annotate', source, '--start', '0', '--end', '20', '--note', 'first']);
    const bundle = path.join(dir, 'all.sbundle');
    const exported = await cliJson<{ file: string; counts: { highlights: number } }>(['--project', project, 'export', '-o', bundle]);
    expect(exported.counts.highlights).toBe(1);
    expect(Object.keys(unzipSync(readFileSync(bundle)))).toContain('manifest.json');

    const copy = path.join(dir, 'copy.sourcebench');
    const opened = await cli(['open-bundle', bundle, '--project', copy]);
    expect(opened.code).toBe(0);
    expect(opened.stdout).toMatch(/1 sources, 1 highlights/);
    expect((await cli(['open-bundle', bundle, '--project', copy])).stderr).toMatch(/already exists/);

    // Both sides change the note: a conflict the merge refuses until --keep settles it.
    for (const [file, note] of [[project, 'ours'], [copy, 'theirs']] as const) {
      const core = openCore(file);
      core.call('annotations.update', { id: highlight.id, patch: { note } });
      core.close();
    }
    const back = path.join(dir, 'back.sbundle');
    expect((await cli(['--project', copy, 'export', '-o', back])).code).toBe(0);
    const preview = await cliJson<{ conflicts: { id: string }[] }>(['--project', project, 'merge', back, '--dry-run']);
    expect(preview.conflicts.map((c) => c.id)).toEqual([`highlights:${highlight.id}`]);
    const refused = await cli(['--project', project, 'merge', back]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/1 conflict needs a choice.*--keep/);
    const merged = await cli(['--project', project, 'merge', back, '--keep', 'theirs']);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/backup: .*before-merge/);
    const core = openCore(project);
    expect(core.project.db.prepare('SELECT note FROM highlights WHERE id = ?').pluck().get(highlight.id)).toBe('theirs');
    core.close();
  });

  it('refuses a damaged bundle without creating the new project', async () => {
    const { dir } = folder();
    const bad = path.join(dir, 'bad.sbundle');
    (await import('node:fs')).writeFileSync(bad, 'not a zip');
    const target = path.join(dir, 'new.sourcebench');
    const run = await cli(['open-bundle', bad, '--project', target]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a zip archive/);
    expect(existsSync(target)).toBe(false);
    expect((await cli(['export', '--event', 'a', '--tag', 'b', '-o', path.join(dir, 'x.sbundle')])).code).toBe(2);
  });
});
