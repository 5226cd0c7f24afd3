// `sourcebench search`: results grouped by kind with snippets (matched words in brackets),
// --kind and --limit, JSON with the contract's field names, and a plain one-line message
// (exit 1) for a query that cannot be read.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../../src-main/core/annotations/highlight-types.ts';
import type { SearchResponse } from '../../../src-main/core/search/search-types.ts';
import { cli, cliJson, corpusTitles, importCorpusFile, readingText, snapshot, tempFolder } from './cli-harness.ts';

let temp: ReturnType<typeof tempFolder>;
let analysisId: string;
let briefId: string;
beforeEach(async () => {
  temp = tempFolder();
  analysisId = await importCorpusFile(temp.project, 'analysis-embassy-attacks-motives.txt');
  briefId = await importCorpusFile(temp.project, 'news-us-warns-embassy-shutdown.txt');
  await importCorpusFile(temp.project, 'news-administration-warns-iraq-embassy.txt');
});
afterEach(() => temp.cleanup());

const search = (...args: string[]) => cli(['--project', temp.project, 'search', ...args]);
const searchJson = (...args: string[]) => cliJson<SearchResponse>(['--project', temp.project, 'search', ...args]);

describe('search', () => {
  it('prints each kind that matched, with titles, ids, offsets and the matched words in brackets', async () => {
    const run = await search('Katyusha rockets');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Sources \(1\)\n/);
    expect(run.stdout).toContain(corpusTitles['analysis-embassy-attacks-motives.txt']);
    expect(run.stdout).toContain(analysisId);
    expect(run.stdout).toMatch(/\[Katyusha\] \[rockets\]/);
    expect(run.stdout).not.toMatch(/^Highlights/m);
  });

  it('--json prints the operation\'s output: groups in a fixed order, snippets as {text, match} parts', async () => {
    const out = await searchJson('embassy');
    expect(out.groups.map((g) => g.kind)).toEqual(['sources', 'highlights', 'notes', 'events']);
    expect(typeof out.tookMs).toBe('number');
    const sources = out.groups[0];
    expect(sources?.total).toBe(3);
    for (const result of sources?.results ?? []) {
      expect(Object.keys(result).sort()).toEqual(['id', 'offset', 'snippet', 'sourceId', 'title']);
      const text = await readingText(temp.project, result.id);
      expect(text.slice(result.offset, (result.offset ?? 0) + 7).toLowerCase()).toBe('embassy');
      expect(result.snippet.some((part) => part.match && part.text.toLowerCase() === 'embassy')).toBe(true);
    }
  });

  it('--kind and --limit narrow the answer; phrases, prefixes and NOT are the core\'s', async () => {
    const highlight = await cliJson<Highlight>(['--project', temp.project, 'annotate', briefId, '--quote', 'embassy in Baghdad', '--note', 'closure threat']);
    const only = await searchJson('"embassy in Baghdad"', '--kind', 'highlights', '--kind', 'notes');
    expect(only.groups.map((g) => g.kind)).toEqual(['highlights', 'notes']);
    expect(only.groups[0]?.results.map((r) => r.id)).toEqual([highlight.id]);
    expect(only.groups[0]?.results[0]?.sourceId).toBe(briefId);
    const notes = await searchJson('clos*', '--kind', 'notes');
    expect(notes.groups[0]?.results.map((r) => r.id)).toEqual([highlight.id]);
    const limited = await searchJson('embassy', '--kind', 'sources', '--limit', '1');
    expect(limited.groups[0]?.results).toHaveLength(1);
    expect(limited.groups[0]?.total).toBe(3);
    const without = await searchJson('embassy NOT Katyusha', '--kind', 'sources');
    expect(without.groups[0]?.results.map((r) => r.id)).not.toContain(analysisId);
  });

  it('says so when nothing matches', async () => {
    const run = await search('zeppelin');
    expect(run).toEqual({ code: 0, stdout: 'Nothing matches.\n', stderr: '' });
  });

  it('a query it cannot read gets the core\'s plain message on one line, exit 1, and changes nothing', async () => {
    const before = snapshot(temp.project);
    for (const query of ['"embassy closure', 'AND AND', 'embassy)']) {
      const run = await search(query);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^sourcebench: [^\n]+\n$/);
      expect(run.stderr).not.toMatch(/fts5|syntax error|SQLITE/i);
    }
    expect((await search('"embassy closure')).stderr).toContain('quotation mark is never closed');
    const json = await cli(['--project', temp.project, 'search', 'AND AND', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ error: { code: 'invalid_input', message: expect.stringContaining('AND') } });
    expect(snapshot(temp.project)).toEqual(before);
  });

  it('refuses a mistyped command with exit 2', async () => {
    expect((await search()).code).toBe(2);
    const kind = await search('embassy', '--kind', 'pages');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('--kind is one of sources, highlights, notes, events');
    expect((await search('embassy', '--limit', '0')).code).toBe(2);
  });
});
