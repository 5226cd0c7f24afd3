// `sourcebench revise`: a new version of a source's text, verbatim from a text file or re-imported
// from a document, with its highlights found again (or reported orphaned) and bad input refused.

import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../../src-main/core/annotations/highlight-types.ts';
import type { SourceDetail } from '../../../src-main/core/sources/source-types.ts';
import { cli, cliJson, corpusDir, importCorpusFile, lines, readingText, snapshot, tempFolder, uniquePhrase } from './cli-harness.ts';

interface RevisionJson {
  source: SourceDetail;
  reanchored: { anchored: number; moved: number; fuzzy: number; orphaned: number };
}

const corpusFile = 'news-administration-warns-iraq-embassy.txt';

let temp: ReturnType<typeof tempFolder>;
let sourceId: string;
let text: string;
let early: Highlight;
let late: Highlight;
beforeEach(async () => {
  temp = tempFolder();
  sourceId = await importCorpusFile(temp.project, corpusFile);
  text = await readingText(temp.project, sourceId);
  early = await annotate(uniquePhrase(text, Math.floor(text.length * 0.15)).exact);
  late = await annotate(uniquePhrase(text, Math.floor(text.length * 0.6), 40).exact);
});
afterEach(() => temp.cleanup());

function annotate(quote: string): Promise<Highlight> {
  return cliJson<Highlight>(['--project', temp.project, 'annotate', sourceId, '--quote', quote]);
}

async function highlights(): Promise<Map<string, Highlight>> {
  const page = await cliJson<{ rows: Highlight[] }>(['--project', temp.project, 'annotations', sourceId]);
  return new Map(page.rows.map((h) => [h.id, h]));
}

function writeFile(name: string, content: string | Buffer): string {
  const file = path.join(temp.dir, name);
  writeFileSync(file, content);
  return file;
}

/** The text with one word between the two highlights made longer, so the later one moves. */
function withWordChanged(): { text: string; shift: number } {
  const between = /\b[A-Za-z]{6,}\b/g;
  between.lastIndex = (early.end ?? 0) + 1;
  const word = between.exec(text);
  if (!word || word.index + word[0].length >= (late.start ?? 0)) throw new Error('no word between the highlights');
  const replacement = `${word[0]}-and-more`;
  return { text: text.slice(0, word.index) + replacement + text.slice(word.index + word[0].length), shift: replacement.length - word[0].length };
}

/** The text without the sentence that holds the later highlight. */
function withSentenceDeleted(): string {
  const start = Math.max(text.lastIndexOf('. ', late.start ?? 0) + 2, text.lastIndexOf('\n', late.start ?? 0) + 1);
  // A full stop after a lone capital ends an abbreviation ("U.S."), not the sentence.
  const stop = /(?<!\b[A-Z])[.!?]["”]?(?=\s|$)/g;
  stop.lastIndex = late.end ?? 0;
  const found = stop.exec(text);
  const end = found ? found.index + found[0].length : text.length;
  return text.slice(0, start) + text.slice(end).trimStart();
}

describe('revise --text-file', () => {
  it('finds a highlight again at its new offsets after a word before it changed', async () => {
    const changed = withWordChanged();
    const result = await cliJson<RevisionJson>(['--project', temp.project, 'revise', sourceId, '--text-file', writeFile('v2.txt', changed.text)]);
    expect(result.source.id).toBe(sourceId);
    expect(result.source.revision).toMatchObject({ number: 2 });
    expect(result.reanchored).toMatchObject({ fuzzy: 0, orphaned: 0 });
    expect(result.reanchored.anchored + result.reanchored.moved).toBe(2);

    const newText = await readingText(temp.project, sourceId);
    expect(newText).toBe(changed.text);
    const after = await highlights();
    const moved = after.get(late.id);
    expect(['anchored', 'moved']).toContain(moved?.status);
    expect(moved?.start).toBe((late.start ?? 0) + changed.shift);
    expect(moved?.exact).toBe(late.exact);
    expect(newText.slice(moved?.start ?? -1, moved?.end ?? -1)).toBe(late.exact);
    expect(after.get(early.id)).toMatchObject({ status: 'anchored', start: early.start, end: early.end });
  });

  it('reports a highlight whose sentence was deleted as orphaned, and lists it', async () => {
    const run = await cli(['--project', temp.project, 'revise', sourceId, '--text-file', writeFile('v3.txt', withSentenceDeleted())]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out[0]).toBe(`revised   ${sourceId}  Trump administration warns Iraq it plans to shut U.S. Embassy in Baghdad after rocket attacks`);
    expect(out[1]).toBe('Revision 2 (edited).');
    expect(out[2]).toBe('2 highlights re-anchored: 1 anchored, 0 moved, 0 fuzzy, 1 orphaned');
    expect(out[3]).toBe('Orphaned, no longer found in the text:');
    expect(out[4]).toMatch(new RegExp(`^ {2}—\\s+"${escape(late.exact)}"\\s+${late.id}$`));
    expect(out).toHaveLength(5);

    const after = await highlights();
    expect(after.get(late.id)).toMatchObject({ status: 'orphaned', start: null, end: null, exact: late.exact });
    expect(after.get(early.id)).toMatchObject({ status: 'anchored', start: early.start });
    const orphans = await cliJson<{ rows: Highlight[] }>(['--project', temp.project, 'annotations', '--status', 'orphaned']);
    expect(orphans.rows.map((h) => h.id)).toEqual([late.id]);
  });
});

describe('revise --text-file, fuzzy matches', () => {
  it('lists a highlight whose own words changed as fuzzy, with what it said before', async () => {
    const word = /\b[A-Za-z]{5,}\b/.exec(late.exact);
    if (!word) throw new Error('no word to change in the highlight');
    const at = (late.start ?? 0) + word.index;
    const edited = `${text.slice(0, at)}${word[0].toUpperCase()}X${text.slice(at + word[0].length)}`;
    const run = await cli(['--project', temp.project, 'revise', sourceId, '--text-file', writeFile('v4.txt', edited)]);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out[2]).toBe('2 highlights re-anchored: 1 anchored, 0 moved, 1 fuzzy, 0 orphaned');
    expect(out[3]).toBe('Fuzzy, found only approximately; check these:');
    const fuzzy = (await highlights()).get(late.id);
    expect(fuzzy).toMatchObject({ status: 'fuzzy', previousExact: late.exact });
    expect(fuzzy?.exact).toContain(`${word[0].toUpperCase()}X`);
    expect(out[4]).toBe(`  ${`${fuzzy?.start}..${fuzzy?.end}`.padEnd(12)}"${fuzzy?.exact}"  (was "${late.exact}")  ${late.id}`);
  });
});

describe('revise FILE (a document re-imported over the source)', () => {
  it('reads and cleans the document like an import and re-anchors', async () => {
    const original = readFileSync(path.join(corpusDir, corpusFile), 'utf8');
    expect(original).toContain(early.exact);
    const after = /\b[A-Za-z]{6,}\b/g;
    after.lastIndex = original.indexOf(early.exact) + early.exact.length;
    const found = after.exec(original);
    const word = found?.[0] ?? '';
    const at = found?.index ?? 0;
    const corrected = writeFile('corrected.txt', `${original.slice(0, at)}${word} (corrected)${original.slice(at + word.length)}`);

    const result = await cliJson<RevisionJson>(['--project', temp.project, 'revise', sourceId, corrected]);
    expect(result.source.revision).toMatchObject({ number: 2, reason: 're-imported corrected.txt' });
    expect(result.reanchored).toMatchObject({ fuzzy: 0, orphaned: 0 });
    const newText = await readingText(temp.project, sourceId);
    expect(newText).toContain(`${word} (corrected)`);
    // The noise lines the importer removed the first time are removed again.
    expect(newText).not.toContain('IE 11 is not supported');
    for (const highlight of (await highlights()).values()) {
      expect(['anchored', 'moved']).toContain(highlight.status);
      expect(newText.slice(highlight.start ?? -1, highlight.end ?? -1)).toBe(highlight.exact);
    }
  });
});

describe('revise refuses', () => {
  const failures: { name: string; args: () => string[]; message: () => RegExp }[] = [
    {
      name: 'a file that does not exist',
      args: () => [sourceId, path.join(temp.dir, 'missing.txt')],
      message: () => new RegExp(`^sourcebench: ${escape(path.join(temp.dir, 'missing.txt'))}: no such file or folder$`),
    },
    {
      name: 'a text file that does not exist',
      args: () => [sourceId, '--text-file', path.join(temp.dir, 'missing.txt')],
      message: () => /: no such file or folder$/,
    },
    { name: 'a folder', args: () => [sourceId, temp.dir], message: () => /: a folder, not a file$/ },
    {
      name: 'an unknown source id',
      args: () => ['no-such-source', '--text-file', writeFile('v2.txt', withWordChanged().text)],
      message: () => /^sourcebench: No source with id no-such-source\.$/,
    },
    {
      name: 'an unknown source id (re-import)',
      args: () => ['no-such-source', path.join(corpusDir, corpusFile)],
      message: () => /^sourcebench: No source with id no-such-source\.$/,
    },
    {
      name: 'an unchanged text',
      args: () => [sourceId, '--text-file', writeFile('same.txt', text)],
      message: () => /^sourcebench: The text is unchanged; no revision was made\.$/,
    },
    {
      name: 'an empty text',
      args: () => [sourceId, '--text-file', writeFile('blank.txt', '\n  \n')],
      message: () => /^sourcebench: The new text is empty/,
    },
    {
      name: 'a binary text file',
      args: () => [sourceId, '--text-file', writeFile('scan.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x41, 0x00, 0x7f, 0x00]))],
      message: () => /^sourcebench: scan\.txt looks like a binary file, not text/,
    },
    {
      name: 'a binary document',
      args: () => [sourceId, writeFile('x.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0x01])]))],
      message: () => /^sourcebench: x\.pdf (?:is a PDF document|looks like a binary file, not text)/,
    },
    {
      name: 'a 50 MB file, from its size alone',
      args: () => {
        const file = writeFile('huge.txt', 'a');
        truncateSync(file, 50 * 1024 * 1024);
        return [sourceId, '--text-file', file];
      },
      message: () => /huge\.txt is 50 MB, over the \d+ MB import limit\.$/,
    },
  ];

  for (const failure of failures) {
    it(`${failure.name}: one line, exit 1, project unchanged`, async () => {
      const before = snapshot(temp.project);
      const run = await cli(['--project', temp.project, 'revise', ...failure.args()]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr.trimEnd()).toMatch(failure.message());
      expect(snapshot(temp.project)).toEqual(before);
    });
  }

  it('a missing FILE, or two of them (exit 2)', async () => {
    const before = snapshot(temp.project);
    const cases: { args: string[]; message: string }[] = [
      { args: [sourceId], message: 'revise needs the file with the new version (FILE or --text-file FILE)' },
      { args: [], message: 'revise needs a source id and a file' },
      { args: [sourceId, 'a.txt', '--text-file', 'b.txt'], message: 'give the new version either as FILE or with --text-file, not both' },
      { args: [sourceId, 'a.txt', 'b.txt'], message: 'revise takes one source id and one file' },
      { args: [sourceId, '--text-file'], message: '--text-file needs a value' },
    ];
    for (const { args, message } of cases) {
      const run = await cli(['--project', temp.project, 'revise', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`sourcebench: ${message}\nRun "sourcebench --help" for usage.\n`);
    }
    expect(snapshot(temp.project)).toEqual(before);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
