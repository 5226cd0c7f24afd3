// annotations.bulk on selected rows (tag, untag, link to an event, delete),
// each one undoable step, and annotations.exportCsv of a selection.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { freshCore, importText, unwrap } from '../core-harness.ts';
import { csvCell } from '../../../src-main/core/search/table/export-csv.ts';
import { ids as searchIds, insertEvent } from './search-helpers.ts';

let core: Core;
let selected: string[];
const text = 'One "quoted" claim, with commas. Two =SUM(A1) formula. Three plain words here.';

function highlight(sourceId: string, phrase: string, tagNames: string[] = [], note = '') {
  const start = text.indexOf(phrase);
  return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length }, tagNames, note })).id;
}

const rows = () => unwrap(core.call('annotations.table', { sort: 'createdAt', direction: 'asc' })).rows;
const tagsOf = () => rows().map((r) => r.tags.map((t) => t.name));

beforeEach(() => {
  core = freshCore();
  const source = importText(core, text, 'Bulk source');
  selected = [highlight(source, 'One "quoted" claim, with commas', ['Old']), highlight(source, '=SUM(A1) formula', [], 'line one\nline two'), highlight(source, 'Three plain words')];
});
afterEach(() => core.close());

describe('annotations.bulk', () => {
  it('tags many highlights at once, creating a named tag, and undoes it as one step', () => {
    const outcome = unwrap(core.call('annotations.bulk', { action: 'tag', ids: selected, tagNames: ['Old', 'Review'] }));
    // "Old" was already on the first highlight: only new links count.
    expect(outcome).toEqual({ action: 'tag', selected: 3, changed: 5 });
    expect(tagsOf()).toEqual([['Old', 'Review'], ['Old', 'Review'], ['Old', 'Review']]);
    expect(unwrap(core.call('history.state', {})).undoLabel).toBe('Change selected highlights');
    unwrap(core.call('history.undo', {}));
    expect(tagsOf()).toEqual([['Old'], [], []]);
    expect(unwrap(core.call('tags.list', {})).map((t) => t.name)).toEqual(['Old']);
    unwrap(core.call('history.redo', {}));
    expect(tagsOf()).toEqual([['Old', 'Review'], ['Old', 'Review'], ['Old', 'Review']]);
  });

  it('keeps the tag link dated like its highlight, so the tag page by date stays indexed', () => {
    unwrap(core.call('annotations.bulk', { action: 'tag', ids: selected, tagNames: ['Review'] }));
    const mismatched = core.project.db
      .prepare('SELECT COUNT(*) FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id WHERE ht.created_at <> h.created_at')
      .pluck()
      .get();
    expect(mismatched).toBe(0);
  });

  it('untags, and undo puts the links back', () => {
    const old = unwrap(core.call('tags.list', {}))[0]?.id ?? '';
    expect(unwrap(core.call('annotations.bulk', { action: 'untag', ids: selected, tagIds: [old] })).changed).toBe(1);
    expect(tagsOf()).toEqual([[], [], []]);
    unwrap(core.call('history.undo', {}));
    expect(tagsOf()).toEqual([['Old'], [], []]);
  });

  it('links to an event, keeping an existing link as it was, and undoes the new links', () => {
    insertEvent(core, 'ev1', 'The claim');
    unwrap(core.call('annotations.bulk', { action: 'link', ids: [selected[0] ?? ''], eventId: 'ev1', stance: 'disputes' }));
    const outcome = unwrap(core.call('annotations.bulk', { action: 'link', ids: selected, eventId: 'ev1' }));
    expect(outcome.changed).toBe(2);
    expect(rows().map((r) => r.events.map((e) => e.stance))).toEqual([['disputes'], ['reports'], ['reports']]);
    unwrap(core.call('history.undo', {}));
    expect(rows().map((r) => r.events.length)).toEqual([1, 0, 0]);
  });

  it('deletes, and undo brings the highlights back with tags, notes and search entries', () => {
    expect(unwrap(core.call('annotations.bulk', { action: 'delete', ids: selected })).changed).toBe(3);
    expect(rows()).toEqual([]);
    expect(unwrap(core.call('annotations.table', {})).total).toBe(0);
    expect(searchIds(core, 'plain', 'highlights')).toEqual([]);
    unwrap(core.call('history.undo', {}));
    expect(unwrap(core.call('annotations.table', {})).total).toBe(3);
    expect(rows().map((r) => [r.tags.map((t) => t.name), r.note])).toEqual([[['Old'], ''], [[], 'line one\nline two'], [[], '']]);
    expect(searchIds(core, 'plain', 'highlights')).toEqual([selected[2]]);
    expect(searchIds(core, 'two', 'notes')).toEqual([selected[1]]);
  });

  it('refuses a stale selection whole, changing nothing', () => {
    const result = core.call('annotations.bulk', { action: 'delete', ids: [...selected, 'gone'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/No highlight with id gone/) } });
    expect(rows()).toHaveLength(3);
    expect(core.call('annotations.bulk', { action: 'link', ids: selected, eventId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.call('annotations.bulk', { action: 'tag', ids: selected })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(unwrap(core.call('history.state', {})).undoLabel).toBe('Highlight');
  });
});

describe('annotations.exportCsv', () => {
  it('writes the selection as RFC 4180 CSV in the order given', () => {
    unwrap(core.call('annotations.bulk', { action: 'tag', ids: selected, tagNames: ['Review'] }));
    const { csv, rows: count } = unwrap(core.call('annotations.exportCsv', { ids: [selected[2] ?? '', selected[0] ?? '', selected[1] ?? ''] }));
    expect(count).toBe(3);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,source,source_id,quote,note,tags,events,status,color,start,end,created_at,updated_at');
    expect(lines[1]).toMatch(new RegExp(`^${selected[2]},Bulk source,[^,]+,Three plain words,,Review,,anchored,yellow,`));
    expect(lines[2]).toContain('"One ""quoted"" claim, with commas"');
    expect(csv).toContain(`,'=SUM(A1) formula,"line one\nline two",Review,`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
  });
});
