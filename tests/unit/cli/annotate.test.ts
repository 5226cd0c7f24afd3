// `sourcebench annotate`: highlighting a real document by offsets and by quote, with notes and
// new tags, and every way of pointing at the wrong passage as one line that changes nothing.

import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../../src-main/core/annotations/highlight-types.ts';
import type { Tag } from '../../../src-main/core/codebook/tag-types.ts';
import { cli, cliJson, importCorpusFile, lines, readingText, snapshot, tempFolder, uniquePhrase } from './cli-harness.ts';

let temp: ReturnType<typeof tempFolder>;
let sourceId: string;
let text: string;
beforeEach(async () => {
  temp = tempFolder();
  sourceId = await importCorpusFile(temp.project, 'news-administration-warns-iraq-embassy.txt');
  text = await readingText(temp.project, sourceId);
});
afterEach(() => temp.cleanup());

const annotate = (...args: string[]) => cli(['--project', temp.project, 'annotate', sourceId, ...args]);

/** A word of five letters or more that the text holds at least twice, and where each occurrence is. */
function repeatedWord(): { word: string; at: number[] } {
  for (const match of text.matchAll(/\b[A-Za-z]{5,}\b/g)) {
    const word = match[0];
    const at = [...text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map((m) => m.index);
    if (at.length >= 2 && text.split(word).length - 1 === at.length) return { word, at };
  }
  throw new Error('no repeated word in the text');
}

describe('annotate', () => {
  it('highlights by offsets and prints the contract highlight as JSON', async () => {
    const phrase = uniquePhrase(text, Math.floor(text.length / 3));
    const run = await annotate('--start', String(phrase.start), '--end', String(phrase.end), '--note', 'the key claim', '--color', 'green', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const highlight = JSON.parse(run.stdout) as Highlight;
    expect(highlight).toMatchObject({
      sourceId,
      start: phrase.start,
      end: phrase.end,
      exact: phrase.exact,
      status: 'anchored',
      note: 'the key claim',
      color: 'green',
      tags: [],
    });
    for (const field of ['id', 'prefix', 'suffix', 'previousExact', 'createdAt', 'updatedAt']) expect(highlight).toHaveProperty(field);
    expect(text.slice(highlight.start ?? 0, highlight.end ?? 0)).toBe(highlight.exact);
    expect(text.slice(0, phrase.start).endsWith(highlight.prefix)).toBe(true);
    expect(text.slice(phrase.end).startsWith(highlight.suffix)).toBe(true);
  });

  it('highlights by quote and prints its id, offsets and quote', async () => {
    const phrase = uniquePhrase(text, Math.floor(text.length / 2));
    const run = await annotate('--quote', phrase.exact);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(new RegExp(`^highlighted  [0-9a-f-]{36}  ${phrase.start}\\.\\.${phrase.end}  "`));
    const [highlight] = (await cliJson<{ rows: Highlight[] }>(['--project', temp.project, 'annotations', sourceId])).rows;
    expect(highlight).toMatchObject({ start: phrase.start, end: phrase.end, exact: phrase.exact, status: 'anchored' });
    expect(out[0]).toContain(highlight?.id);
  });

  it('tells a repeated quote apart by the text around it', async () => {
    const { word, at } = repeatedWord();
    const second = at[1] ?? 0;
    const end = second + word.length;
    const run = await annotate('--quote', word, '--prefix', text.slice(second - 24, second), '--suffix', text.slice(end, end + 24), '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ start: second, end: second + word.length, exact: word });
  });

  it('creates the tags it is given, once each, and shows notes and tags', async () => {
    const first = uniquePhrase(text, 100);
    const run = await annotate('--quote', first.exact, '--tag', 'Threat', '--tag', 'Diplomacy', '--note', 'Pompeo, by phone');
    expect(run.code).toBe(0);
    expect(lines(run.stdout).slice(1)).toEqual(['tags: Diplomacy, Threat', 'note: Pompeo, by phone']);

    const second = uniquePhrase(text, first.end + 200);
    const again = await annotate('--quote', second.exact, '--tag', 'threat', '--json');
    expect(again.code).toBe(0);
    // An existing tag is found whatever its case; no third tag is made.
    expect((JSON.parse(again.stdout) as Highlight).tags.map((t) => t.name)).toEqual(['Threat']);

    const tags = await cliJson<Tag[]>(['--project', temp.project, 'tags']);
    expect(tags.map((t) => [t.name, t.count, t.parentId])).toEqual([
      ['Diplomacy', 1, null],
      ['Threat', 2, null],
    ]);
  });
});

describe('annotate refuses', () => {
  const failures: { name: string; args: () => string[]; source?: string; message: RegExp }[] = [
    {
      name: 'an ambiguous quote without context',
      args: () => ['--quote', repeatedWord().word],
      message: /^sourcebench: The quote "[A-Za-z]+" appears \d+ times; add a prefix or suffix to say which\.$/,
    },
    {
      name: 'a quote that is not in the text',
      args: () => {
        const quote = 'embassy rockets quietly turned into violets';
        expect(text).not.toContain(quote);
        return ['--quote', quote];
      },
      message: /^sourcebench: The quote "embassy rockets quietly turned into violets" is not in the source's text\.$/,
    },
    {
      name: 'offsets beyond the text',
      args: () => ['--start', String(text.length - 5), '--end', String(text.length + 10)],
      message: /^sourcebench: Cannot highlight: range \d+\.\.\d+ is outside the text \(length \d+\)$/,
    },
    {
      name: 'an unknown source id',
      args: () => ['--start', '0', '--end', '10'],
      source: 'no-such-source',
      message: /^sourcebench: No source with id no-such-source\.$/,
    },
    {
      name: 'a colour the core does not know',
      args: () => ['--start', '0', '--end', '10', '--color', 'mauve'],
      message: /^sourcebench: Invalid input for annotations\.create: color: /,
    },
  ];

  for (const failure of failures) {
    it(`${failure.name}: one line, exit 1, project unchanged`, async () => {
      const before = snapshot(temp.project);
      const run = await cli(['--project', temp.project, 'annotate', failure.source ?? sourceId, ...failure.args()]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr.trimEnd()).toMatch(failure.message);
      expect(snapshot(temp.project)).toEqual(before);
    });
  }

  it('the same failure as JSON for scripts', async () => {
    const run = await annotate('--quote', repeatedWord().word, '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'conflict' } });
  });

  const mistyped: { args: string[]; message: string }[] = [
    { args: ['--start', '50', '--end', '10'], message: '--end must be after --start (got --start 50 --end 10)' },
    { args: ['--start', '10', '--end', '10'], message: '--end must be after --start (got --start 10 --end 10)' },
    { args: ['--start', '10'], message: '--start and --end go together' },
    { args: ['--start', 'ten', '--end', '20'], message: '--start needs a whole number (got "ten")' },
    { args: ['--start', '-5', '--end', '20'], message: '--start needs a value; one starting with a dash is written --start=VALUE' },
    { args: ['--start=-5', '--end', '20'], message: '--start needs a whole number (got "-5")' },
    { args: ['--start', '1', '--end', '20', '--quote', 'x'], message: 'choose the passage either by --start and --end or by --quote, not both' },
    { args: ['--start', '1', '--end', '20', '--prefix', 'x'], message: '--prefix and --suffix go with --quote' },
    { args: ['--quote', ''], message: '--quote needs the words to highlight' },
    { args: [], message: 'annotate needs the passage: --start N --end N, or --quote TEXT' },
  ];
  for (const { args, message } of mistyped) {
    it(`a mistyped passage (${args.join(' ') || 'none'}): exit 2 with a hint`, async () => {
      const before = snapshot(temp.project);
      const run = await annotate(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`sourcebench: ${message}\nRun "sourcebench --help" for usage.\n`);
      expect(snapshot(temp.project)).toEqual(before);
    });
  }

  it('needs exactly one source id (exit 2)', async () => {
    expect((await cli(['--project', temp.project, 'annotate', '--quote', 'x'])).stderr).toMatch(/^sourcebench: annotate needs a source id\n/);
    expect((await cli(['--project', temp.project, 'annotate', 'a', 'b', '--quote', 'x'])).code).toBe(2);
  });

  it('does not create a project that does not exist', async () => {
    const missing = path.join(temp.dir, 'typo.sourcebench');
    const run = await cli(['--project', missing, 'annotate', sourceId, '--start', '0', '--end', '10']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sourcebench: No project at .*typo\.sourcebench/);
    expect(snapshot(missing).fileSha256).toBeNull();
  });
});
