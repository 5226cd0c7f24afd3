import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core/core.ts';
import { cli, snapshot, tempFolder } from '../cli/cli-harness.ts';
import { unwrap } from '../core-harness.ts';
import { buildSampleProject, loadSampleWithAstral } from './sample-project.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function sampleOnDisk() {
  const sample = buildSampleProject();
  const projectPath = sample.core.project.path;
  sample.core.close();
  const folder = tempFolder();
  cleanups.push(folder.cleanup);
  return { sample, projectPath, dir: folder.dir };
}

describe('sourcebench export-format', () => {
  it('writes each format to the file named with -o', async () => {
    const { sample, projectPath, dir } = sampleOnDisk();
    const out = path.join(dir, 'all.jsonld');
    const run = await cli(['--project', projectPath, 'export-format', 'jsonld', '-o', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`Wrote ${out}`);
    expect(run.stdout).toContain(`${sample.highlights.length} annotations, ${sample.links.length} links`);
    const items = (JSON.parse(readFileSync(out, 'utf8')) as { first: { items: unknown[] } }).first.items;
    expect(items).toHaveLength(sample.highlights.length + sample.links.length);

    for (const [format, name] of [['qdpx', 'p.qdpx'], ['csv', 'h.csv'], ['timeline', 't.json'], ['csl', 'c.json']] as const) {
      const file = path.join(dir, name);
      const result = await cli(['--project', projectPath, 'export-format', format, '--out', file, '--json']);
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as { path: string; bytes: number }).bytes).toBe(readFileSync(file).length);
    }
  });

  it('exports a selection: one event, a tag, or some sources', async () => {
    const { sample, projectPath, dir } = sampleOnDisk();
    const md = path.join(dir, 'event.md');
    expect((await cli(['--project', projectPath, 'export-format', 'markdown', '--event', sample.events.explosion, '-o', md])).code).toBe(0);
    const report = readFileSync(md, 'utf8');
    expect(report).toContain('### Depot explosion');
    expect(report).not.toContain('### Inquiry');
    const byTag = await cli(['--project', projectPath, 'export-format', 'csv', '--tag', sample.tags.deaths, '-o', path.join(dir, 't.csv'), '--json']);
    expect((JSON.parse(byTag.stdout) as { counts: { highlights: number } }).counts.highlights).toBe(sample.highlights.filter((h) => h.tagNames.includes('Deaths')).length);
    const bySources = await cli(['--project', projectPath, 'export-format', 'csl', '--sources', `${sample.sourceIds[0]},${sample.sourceIds[1]}`, '-o', path.join(dir, 's.json'), '--json']);
    expect((JSON.parse(bySources.stdout) as { counts: { sources: number } }).counts.sources).toBe(2);
  });

  it('mistyped commands exit 2; an unknown event exits 1 and writes nothing', async () => {
    const { projectPath, dir } = sampleOnDisk();
    const out = path.join(dir, 'x.json');
    expect((await cli(['--project', projectPath, 'export-format', 'pdf', '-o', out])).code).toBe(2);
    expect((await cli(['--project', projectPath, 'export-format', 'jsonld'])).code).toBe(2);
    expect((await cli(['--project', projectPath, 'export-format', 'jsonld', '--event', 'a', '--tag', 'b', '-o', out])).code).toBe(2);
    const missing = await cli(['--project', projectPath, 'export-format', 'jsonld', '--event', 'nope', '-o', out]);
    expect(missing).toMatchObject({ code: 1, stderr: 'sourcebench: That event is not in this project.\n' });
    expect(existsSync(out)).toBe(false);
  });
});

describe('sourcebench import-format', () => {
  it('imports a W3C export into another project holding the same sources, and a .qdpx into a new project', async () => {
    const { sample, projectPath, dir } = sampleOnDisk();
    const jsonld = path.join(dir, 'a.jsonld');
    const qdpx = path.join(dir, 'a.qdpx');
    await cli(['--project', projectPath, 'export-format', 'jsonld', '-o', jsonld]);
    await cli(['--project', projectPath, 'export-format', 'qdpx', '-o', qdpx]);

    const otherPath = path.join(dir, 'other.sourcebench');
    const other = openCore(otherPath);
    loadSampleWithAstral(other);
    other.close();
    const run = await cli(['--project', otherPath, 'import-format', jsonld]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported ${sample.highlights.length} highlights, 3 new tags, ${sample.highlights.filter((h) => h.note !== '').length} notes, 0 event links.`);
    expect(run.stdout).toContain(`Skipped ${sample.links.length}:`);
    expect(run.stdout).toContain('it links to an event that is not in this project');

    const freshPath = path.join(dir, 'fresh.sourcebench');
    const json = await cli(['--project', freshPath, 'import-format', qdpx, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ format: 'qdpx', imported: { sources: sample.sourceIds.length, highlights: sample.highlights.length, tags: 3 } });
    const check = openCore(freshPath);
    expect(unwrap(check.call('annotations.list', {})).total).toBe(sample.highlights.length);
    check.close();
  });

  it('refuses an unknown extension, a missing file, and a hostile archive, leaving the project as it was', async () => {
    const { projectPath, dir } = sampleOnDisk();
    expect((await cli(['--project', projectPath, 'import-format', path.join(dir, 'notes.txt')])).code).toBe(2);
    expect((await cli(['--project', projectPath, 'import-format', path.join(dir, 'none.jsonld')])).code).toBe(1);
    const evil = path.join(dir, 'evil.qdpx');
    writeFileSync(evil, zipSync({ 'project.qde': strToU8('<Project name="x"/>'), '../../outside.txt': strToU8('x') }));
    const before = snapshot(projectPath);
    const run = await cli(['--project', projectPath, 'import-format', evil]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/entry "\.\.\/\.\.\/outside\.txt" that steps out of the archive/);
    expect(snapshot(projectPath)).toEqual(before);
    expect(existsSync(path.join(dir, '..', 'outside.txt'))).toBe(false);
  });
});
