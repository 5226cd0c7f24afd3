// `sourcebench undo` and `redo`: one step through the history stored in the project, across
// separate runs of the command, with the highlight (and the tags it created) going and coming back.

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../../src-main/core/annotations/highlight-types.ts';
import type { Tag } from '../../../src-main/core/codebook/tag-types.ts';
import { cli, cliJson, importCorpusFile, lines, readingText, snapshot, tempFolder, uniquePhrase } from './cli-harness.ts';

interface HighlightPage {
  rows: Highlight[];
  total: number;
}

let temp: ReturnType<typeof tempFolder>;
let sourceId: string;
let text: string;
beforeEach(async () => {
  temp = tempFolder();
  sourceId = await importCorpusFile(temp.project, 'news-us-warns-embassy-shutdown.txt');
  text = await readingText(temp.project, sourceId);
});
afterEach(() => temp.cleanup());

const run = (...args: string[]) => cli(['--project', temp.project, ...args]);
const listed = () => cliJson<HighlightPage>(['--project', temp.project, 'annotations']);
const tags = () => cliJson<Tag[]>(['--project', temp.project, 'tags']);

describe('undo and redo', () => {
  it('undo after annotate removes the highlight and its new tag; redo restores both', async () => {
    const kept = await cliJson<Highlight>(['--project', temp.project, 'annotate', sourceId, '--quote', uniquePhrase(text, 100).exact]);
    const phrase = uniquePhrase(text, Math.floor(text.length / 2));
    const made = await cliJson<Highlight>(['--project', temp.project, 'annotate', sourceId, '--quote', phrase.exact, '--tag', 'Threat', '--note', 'n']);

    const undone = await run('undo');
    expect(undone.stderr).toBe('');
    expect(undone.code).toBe(0);
    expect(lines(undone.stdout)).toEqual(['Undone: Highlight', 'Next to undo: Highlight']);
    expect((await listed()).rows.map((h) => h.id)).toEqual([kept.id]);
    expect(await tags()).toEqual([]);

    const redone = await run('redo');
    expect(redone.code).toBe(0);
    expect(lines(redone.stdout)).toEqual(['Redone: Highlight', 'Nothing more to redo.']);
    const back = (await listed()).rows.find((h) => h.id === made.id);
    expect(back).toEqual(made);
    expect((await tags()).map((t) => [t.name, t.count])).toEqual([['Threat', 1]]);
  });

  it('prints the history step as JSON', async () => {
    await cliJson<Highlight>(['--project', temp.project, 'annotate', sourceId, '--start', '0', '--end', '20']);
    expect(await cliJson(['--project', temp.project, 'undo'])).toEqual({ applied: 'Highlight', undoLabel: null, redoLabel: 'Highlight', sourcesChanged: false });
    expect(await cliJson(['--project', temp.project, 'redo'])).toEqual({ applied: 'Highlight', undoLabel: 'Highlight', redoLabel: null, sourcesChanged: false });
  });

  it('says when there is nothing to undo or redo (exit 1, project unchanged)', async () => {
    const before = snapshot(temp.project);
    for (const [command, message] of [
      ['undo', 'There is nothing to undo.'],
      ['redo', 'There is nothing to redo.'],
    ] as const) {
      const result = await run(command);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`sourcebench: ${message}\n`);
      const json = await run(command, '--json');
      expect(JSON.parse(json.stdout)).toEqual({ error: { code: 'conflict', message } });
    }
    expect(snapshot(temp.project)).toEqual(before);
  });

  it('a new change ends what could be redone', async () => {
    await cliJson<Highlight>(['--project', temp.project, 'annotate', sourceId, '--start', '0', '--end', '20']);
    await run('undo');
    await cliJson<Highlight>(['--project', temp.project, 'annotate', sourceId, '--start', '30', '--end', '60']);
    const redo = await run('redo');
    expect(redo.code).toBe(1);
    expect((await listed()).rows.map((h) => [h.start, h.end])).toEqual([[30, 60]]);
  });

  it('drops a step that can no longer apply, says which and why (exit 1), and the next step works', async () => {
    const other = await importCorpusFile(temp.project, 'news-administration-warns-iraq-embassy.txt');
    await cliJson<Highlight>(['--project', temp.project, 'annotate', sourceId, '--start', '0', '--end', '20']);
    await cliJson<Highlight>(['--project', temp.project, 'annotate', other, '--start', '0', '--end', '20']);
    await run('undo');
    await run('undo');
    // Another program removes the first source, outside the history.
    const db = new Database(temp.project);
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM sources WHERE id = ?').run(sourceId);
    db.close();

    const dropped = await run('redo');
    expect(dropped.code).toBe(1);
    expect(dropped.stderr).toMatch(/^sourcebench: "Highlight" can no longer be redone: .* It was taken off the redo list; nothing was changed\.\n$/);
    expect(lines(dropped.stdout)).toEqual(['Next to redo: Highlight']);
    expect(await cliJson(['--project', temp.project, 'redo'])).toEqual({ applied: 'Highlight', undoLabel: 'Highlight', redoLabel: null, sourcesChanged: false });
    expect((await listed()).rows.map((h) => h.sourceId)).toEqual([other]);
  });

  it('takes no arguments (exit 2)', async () => {
    const result = await run('undo', '3');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sourcebench: undo takes no arguments \(got "3"\)\n/);
  });
});
