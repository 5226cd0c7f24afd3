// `sourcebench sources` and `show`: the library and one source, as text for people and as the
// contract's own JSON for scripts, plus the errors a user meets (no such id, no such project).

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceDetail, SourceSummary } from '../../../src-main/core/sources/source-types.ts';
import { cli, corpusDir, corpusTitles, lines, tempFolder } from './cli-harness.ts';

let temp: ReturnType<typeof tempFolder>;
beforeEach(async () => {
  temp = tempFolder();
  const run = await cli(['--project', temp.project, 'import', corpusDir]);
  expect(run.code).toBe(0);
});
afterEach(() => temp.cleanup());

async function listJson(...extra: string[]): Promise<{ rows: SourceSummary[]; total: number }> {
  const run = await cli(['--project', temp.project, 'sources', '--json', ...extra]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { rows: SourceSummary[]; total: number };
}

describe('sources', () => {
  it('prints the contract rows and total as JSON', async () => {
    const page = await listJson();
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.title).sort()).toEqual(Object.values(corpusTitles).sort());
    for (const row of page.rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['id', 'title', 'author', 'publisher', 'publishedAt', 'url', 'kind', 'language', 'format', 'fileName', 'highlightCount', 'importedAt', 'updatedAt']),
      );
    }
    const brief = page.rows.find((r) => r.fileName === 'news-us-warns-embassy-shutdown.txt');
    expect(brief?.publishedAt).toBe('2020-09-29');
  });

  it('sorts, reverses and limits', async () => {
    const ascending = await listJson('--sort', 'title', '--asc');
    const titles = ascending.rows.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    const descending = await listJson('--sort', 'title', '--desc');
    expect(descending.rows.map((r) => r.title)).toEqual([...titles].reverse());
    const limited = await listJson('--sort', 'title', '--asc', '--limit', '2');
    expect(limited.rows.map((r) => r.title)).toEqual(titles.slice(0, 2));
    expect(limited.total).toBe(3);
  });

  it('prints a table with title, publisher, date, kind and id', async () => {
    const run = await cli(['--project', temp.project, 'sources', '--sort', 'title', '--asc']);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out[0]).toMatch(/^TITLE\s+PUBLISHER\s+DATE\s+KIND\s+ID$/);
    expect(out).toHaveLength(5);
    expect(out.at(-1)).toBe('3 sources');
    const page = await listJson('--sort', 'title', '--asc');
    page.rows.forEach((row, index) => expect(out[index + 1]?.endsWith(row.id)).toBe(true));
    expect(run.stdout).toContain('2020-09-29');
  });

  it('reports a field the core cannot sort by as the core words it (exit 1)', async () => {
    const run = await cli(['--project', temp.project, 'sources', '--sort', 'colour']);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^sourcebench: Invalid input for sources\.list: sort/);
  });

  it('refuses mistyped options with a usage hint (exit 2)', async () => {
    for (const args of [['--limit', 'ten'], ['--limit', '0'], ['--asc', '--desc'], ['--port', '80'], ['extra']]) {
      const run = await cli(['--project', temp.project, 'sources', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^sourcebench: .+\nRun "sourcebench --help" for usage\.\n$/);
    }
  });

  it('does not create a project that does not exist', async () => {
    const missing = path.join(temp.dir, 'typo.sourcebench');
    const run = await cli(['--project', missing, 'sources']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sourcebench: No project at .*typo\.sourcebench/);
  });
});

describe('show', () => {
  async function firstId(fileName: string): Promise<string> {
    const page = await listJson();
    const row = page.rows.find((r) => r.fileName === fileName);
    if (!row) throw new Error(`${fileName} was not imported`);
    return row.id;
  }

  it('prints the contract detail as JSON: metadata, clean text and removed lines', async () => {
    const id = await firstId('news-administration-warns-iraq-embassy.txt');
    const run = await cli(['--project', temp.project, 'show', id, '--json']);
    expect(run.code).toBe(0);
    const detail = JSON.parse(run.stdout) as SourceDetail;
    expect(detail).toMatchObject({ id, title: corpusTitles['news-administration-warns-iraq-embassy.txt'], format: 'text' });
    for (const field of ['author', 'publisher', 'publishedAt', 'url', 'kind', 'language', 'text', 'removedLines', 'revision']) {
      expect(detail).toHaveProperty(field);
    }
    expect(detail.text).not.toContain('IE 11 is not supported');
    expect(detail.removedLines.some((r) => r.text.startsWith('IE 11 is not supported') && r.reason.length > 0)).toBe(true);
  });

  it('prints metadata, text and the removed lines with reasons for people', async () => {
    const id = await firstId('news-administration-warns-iraq-embassy.txt');
    const run = await cli(['--project', temp.project, 'show', id]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Title: {5}Trump administration warns Iraq/);
    expect(run.stdout).toContain(`Id:        ${id}`);
    expect(run.stdout).toContain('WASHINGTON — Secretary of State Mike Pompeo has warned');
    expect(run.stdout).toMatch(/Removed lines \(\d+\):\n {2}line 1 \([^)]+\): IE 11 is not supported/);
  });

  it('reports an unknown id as the core words it (exit 1)', async () => {
    const run = await cli(['--project', temp.project, 'show', 'no-such-id']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('sourcebench: No source with id no-such-id.\n');
    const json = await cli(['--project', temp.project, 'show', 'no-such-id', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ error: { code: 'not_found', message: 'No source with id no-such-id.' } });
  });

  it('needs exactly one id (exit 2)', async () => {
    expect((await cli(['--project', temp.project, 'show'])).code).toBe(2);
    expect((await cli(['--project', temp.project, 'show', 'a', 'b'])).code).toBe(2);
  });
});

describe('opening the project', () => {
  it('refuses a file that is not a project, leaving it alone', async () => {
    const notProject = path.join(temp.dir, 'notes.sourcebench');
    writeFileSync(notProject, 'just some notes\n');
    for (const command of [['sources'], ['import', corpusDir]]) {
      const run = await cli(['--project', notProject, ...command]);
      expect(run.code).toBe(1);
      expect(lines(run.stderr)).toEqual(['sourcebench: notes.sourcebench is not a Sourcebench project (not an SQLite file); it was left unchanged.']);
    }
  });

  it('refuses a project written by a newer version', async () => {
    const { openCore } = await import('../../../src-main/core/core.ts');
    const core = openCore(temp.project);
    const version = core.project.db.pragma('user_version', { simple: true }) as number;
    core.project.db.pragma(`user_version = ${version + 100}`);
    core.close();
    const run = await cli(['--project', temp.project, 'sources']);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^sourcebench: test\.sourcebench was written by a newer version of Sourcebench/);
  });

  it('uses the default project under SOURCEBENCH_HOME', async () => {
    const home = path.join(temp.dir, 'home');
    const run = await cli(['import', path.join(corpusDir, 'news-us-warns-embassy-shutdown.txt')], { SOURCEBENCH_HOME: home });
    expect(run.code).toBe(0);
    const list = await cli(['sources', '--json'], { SOURCEBENCH_HOME: home });
    expect((JSON.parse(list.stdout) as { total: number }).total).toBe(1);
  });
});
