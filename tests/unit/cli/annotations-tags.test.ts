// `sourcebench annotations` and `tags`: highlights listed in reading order with their status and
// current offsets (filtered by source, status or tag), and the codebook as a tree with counts.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core/core.ts';
import type { Highlight } from '../../../src-main/core/annotations/highlight-types.ts';
import type { Tag } from '../../../src-main/core/codebook/tag-types.ts';
import { cli, cliJson, importCorpusFile, lines, readingText, tempFolder, uniquePhrase } from './cli-harness.ts';

interface HighlightPage {
  rows: Highlight[];
  total: number;
}

let temp: ReturnType<typeof tempFolder>;
let briefId: string;
let analysisId: string;
let brief: string;
let analysis: string;
beforeEach(async () => {
  temp = tempFolder();
  briefId = await importCorpusFile(temp.project, 'news-us-warns-embassy-shutdown.txt');
  analysisId = await importCorpusFile(temp.project, 'analysis-embassy-attacks-motives.txt');
  brief = await readingText(temp.project, briefId);
  analysis = await readingText(temp.project, analysisId);
});
afterEach(() => temp.cleanup());

async function annotate(sourceId: string, ...args: string[]): Promise<Highlight> {
  return cliJson<Highlight>(['--project', temp.project, 'annotate', sourceId, ...args]);
}

const list = (...args: string[]) => cliJson<HighlightPage>(['--project', temp.project, 'annotations', ...args]);

describe('annotations', () => {
  it('lists a source\'s highlights in reading order, anchored, with offsets that hold their quote', async () => {
    // Made out of order: last passage first.
    const late = uniquePhrase(brief, Math.floor(brief.length * 0.7));
    const early = uniquePhrase(brief, Math.floor(brief.length * 0.1));
    const middle = uniquePhrase(brief, Math.floor(brief.length * 0.4));
    await annotate(briefId, '--quote', late.exact, '--tag', 'Threat');
    await annotate(briefId, '--start', String(early.start), '--end', String(early.end));
    await annotate(briefId, '--quote', middle.exact, '--tag', 'Threat', '--tag', 'Diplomacy');
    await annotate(analysisId, '--quote', uniquePhrase(analysis, 500).exact);

    const page = await list(briefId);
    expect(page.total).toBe(3);
    expect(page.rows.map((h) => h.exact)).toEqual([early.exact, middle.exact, late.exact]);
    for (const highlight of page.rows) {
      expect(highlight.sourceId).toBe(briefId);
      expect(highlight.status).toBe('anchored');
      expect(brief.slice(highlight.start ?? -1, highlight.end ?? -1)).toBe(highlight.exact);
    }
    expect(page.rows[1]?.tags.map((t) => t.name)).toEqual(['Diplomacy', 'Threat']);
    expect((await list()).total).toBe(4);
  });

  it('filters by tag name (any case), by tag id and by status', async () => {
    const tagged = await annotate(briefId, '--quote', uniquePhrase(brief, 200).exact, '--tag', 'Motive');
    await annotate(analysisId, '--quote', uniquePhrase(analysis, 800).exact, '--tag', 'Motive');
    await annotate(analysisId, '--quote', uniquePhrase(analysis, 2000).exact);

    expect((await list('--tag', 'motive')).total).toBe(2);
    expect((await list(briefId, '--tag', 'Motive')).rows.map((h) => h.id)).toEqual([tagged.id]);
    expect((await list('--tag', tagged.tags[0]?.id ?? '')).total).toBe(2);
    expect((await list('--status', 'anchored')).total).toBe(3);
    expect((await list('--status', 'orphaned')).total).toBe(0);
  });

  it('prints a table with place, status, tags, quote and id, and the source when listing all', async () => {
    const phrase = uniquePhrase(brief, 300);
    const highlight = await annotate(briefId, '--quote', phrase.exact, '--tag', 'Threat');
    const one = await cli(['--project', temp.project, 'annotations', briefId]);
    expect(one.code).toBe(0);
    const out = lines(one.stdout);
    expect(out[0]).toMatch(/^AT\s+STATUS\s+TAGS\s+QUOTE\s+ID$/);
    expect(out[1]).toMatch(new RegExp(`^${phrase.start}\\.\\.${phrase.end}\\s+anchored\\s+Threat\\s+".+"\\s+${highlight.id}$`));
    expect(out.at(-1)).toBe('1 highlight');

    const all = await cli(['--project', temp.project, 'annotations']);
    expect(lines(all.stdout)[0]).toMatch(/^SOURCE\s+AT\s+STATUS/);
    expect(lines(all.stdout)[1]).toMatch(/^US Warns Iraq of Embassy Shut…\s+\d+\.\.\d+\s+anchored/);
  });

  it('says when there is nothing to list', async () => {
    expect(lines((await cli(['--project', temp.project, 'annotations'])).stdout)).toEqual([
      'No highlights in this project yet. Add one with: sourcebench annotate SOURCE --quote TEXT',
    ]);
    expect(lines((await cli(['--project', temp.project, 'annotations', briefId, '--status', 'fuzzy'])).stdout)).toEqual(['No highlights match.']);
  });

  it('refuses an unknown source, an unknown tag and an unknown status (exit 1)', async () => {
    const cases: { args: string[]; message: RegExp }[] = [
      { args: ['no-such-source'], message: /^sourcebench: No source with id no-such-source\.\n$/ },
      { args: ['--tag', 'Nonexistent'], message: /^sourcebench: No tag is named "Nonexistent"; "sourcebench tags" lists the codebook\.\n$/ },
      { args: ['--status', 'lost'], message: /^sourcebench: Invalid input for annotations\.list: status: / },
    ];
    for (const { args, message } of cases) {
      const run = await cli(['--project', temp.project, 'annotations', ...args]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
  });

  it('asks for a tag id when several tags share the name', async () => {
    const parent = await annotate(briefId, '--quote', uniquePhrase(brief, 100).exact, '--tag', 'Actors');
    const core = openCore(temp.project);
    const child = core.call('tags.create', { name: 'Iran', parentId: parent.tags[0]?.id ?? null });
    const top = core.call('tags.create', { name: 'Iran' });
    core.close();
    if (!child.ok || !top.ok) throw new Error('tags were not created');
    const run = await cli(['--project', temp.project, 'annotations', '--tag', 'iran']);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain('2 tags are named "iran"; give one\'s id with --tag:');
    expect(run.stderr).toContain(`${child.value.id} (under Actors)`);
    expect(run.stderr).toContain(`${top.value.id} (top level)`);
    expect((await list('--tag', child.value.id)).total).toBe(0);
  });

  it('takes at most one source and one tag (exit 2)', async () => {
    expect((await cli(['--project', temp.project, 'annotations', briefId, analysisId])).code).toBe(2);
    expect((await cli(['--project', temp.project, 'annotations', '--tag', 'a', '--tag', 'b'])).stderr).toMatch(/^sourcebench: annotations takes one --tag\n/);
  });
});

describe('tags', () => {
  it('prints the contract tags with their highlight counts', async () => {
    await annotate(briefId, '--quote', uniquePhrase(brief, 100).exact, '--tag', 'Threat', '--tag', 'Diplomacy');
    await annotate(analysisId, '--quote', uniquePhrase(analysis, 100).exact, '--tag', 'Threat');
    const tags = await cliJson<Tag[]>(['--project', temp.project, 'tags']);
    expect(tags.map((t) => ({ name: t.name, count: t.count, parentId: t.parentId }))).toEqual([
      { name: 'Diplomacy', count: 1, parentId: null },
      { name: 'Threat', count: 2, parentId: null },
    ]);
    for (const tag of tags) expect(Object.keys(tag)).toEqual(expect.arrayContaining(['id', 'color', 'description', 'createdAt', 'updatedAt']));
  });

  it('prints the codebook as a tree, children under their parent', async () => {
    const highlight = await annotate(briefId, '--quote', uniquePhrase(brief, 100).exact, '--tag', 'Motive');
    const motive = highlight.tags[0]?.id ?? null;
    const core = openCore(temp.project);
    const domestic = core.call('tags.create', { name: 'Domestic politics', parentId: motive });
    if (!domestic.ok) throw new Error(domestic.error.message);
    core.call('tags.create', { name: 'Elections', parentId: domestic.value.id });
    core.call('tags.create', { name: 'Attribution' });
    core.close();

    const run = await cli(['--project', temp.project, 'tags']);
    expect(run.code).toBe(0);
    const rows = lines(run.stdout).map((line) => line.replace(/\s+[0-9a-f-]{36}$/, '').replace(/\s+/g, (gap, at: number) => (at === 0 ? gap : ' ')));
    expect(rows).toEqual(['TAG HIGHLIGHTS ID', 'Attribution 0', 'Motive 1', '  Domestic politics 0', '    Elections 0', '4 tags']);
  });

  it('says when the codebook is empty', async () => {
    const run = await cli(['--project', temp.project, 'tags']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('No tags yet. Tag a highlight with: sourcebench annotate SOURCE --quote TEXT --tag NAME\n');
    expect(await cliJson<Tag[]>(['--project', temp.project, 'tags'])).toEqual([]);
  });
});
