// The search indexes follow every change in the same transaction as the
// data: new, edited, re-anchored, deleted and undone highlights; revised,
// renamed and deleted sources; events. FTS5's integrity check confirms each
// external-content index still agrees with its rows.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { freshCore, importText, unwrap } from '../core-harness.ts';
import { checkIndexes, ids, insertEvent } from './search-helpers.ts';

let core: Core;
beforeEach(() => {
  core = freshCore();
});
afterEach(() => {
  checkIndexes(core);
  core.close();
});

const text = 'Mortars struck the compound at dawn.\n\nThe ambassador left by helicopter.';

function highlight(sourceId: string, phrase: string, note = '') {
  const start = text.indexOf(phrase);
  return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length }, note }));
}

describe('highlights in the index', () => {
  it('indexes a new highlight, a changed note, and forgets a deleted one', () => {
    const source = importText(core, text);
    const h = highlight(source, 'Mortars struck', 'first pass');
    expect(ids(core, 'mortars', 'highlights')).toEqual([h.id]);
    expect(ids(core, 'first', 'notes')).toEqual([h.id]);

    unwrap(core.call('annotations.update', { id: h.id, patch: { note: 'second look' } }));
    expect(ids(core, 'first', 'notes')).toEqual([]);
    expect(ids(core, 'second', 'notes')).toEqual([h.id]);

    unwrap(core.call('annotations.delete', { id: h.id }));
    expect(ids(core, 'mortars', 'highlights')).toEqual([]);
    expect(ids(core, 'second', 'notes')).toEqual([]);
  });

  it('follows undo and redo', () => {
    const source = importText(core, text);
    const h = highlight(source, 'ambassador left', 'who saw it?');
    unwrap(core.call('annotations.delete', { id: h.id }));
    unwrap(core.call('history.undo', {}));
    expect(ids(core, 'ambassador', 'highlights')).toEqual([h.id]);
    expect(ids(core, 'saw', 'notes')).toEqual([h.id]);
    unwrap(core.call('history.redo', {}));
    expect(ids(core, 'ambassador', 'highlights')).toEqual([]);
    unwrap(core.call('history.undo', {}));
    unwrap(core.call('history.undo', {}));
    expect(ids(core, 'ambassador', 'highlights')).toEqual([]);
  });

  it('follows a quote changed by re-anchoring after the text is revised', () => {
    const source = importText(core, text);
    const h = highlight(source, 'Mortars struck the compound');
    unwrap(core.call('sources.revise', { id: source, text: text.replace('Mortars struck the compound', 'Rockets struck the compound') }));
    const after = unwrap(core.call('annotations.get', { id: h.id }));
    // Whatever the anchoring decided, the index holds the quote the highlight now has.
    for (const word of after.exact.split(/\W+/).filter(Boolean)) expect(ids(core, word, 'highlights')).toContain(h.id);
    if (!/mortars/i.test(after.exact)) expect(ids(core, 'mortars', 'highlights')).toEqual([]);
  });

  it('drops the highlights of a deleted source', () => {
    const source = importText(core, text);
    highlight(source, 'helicopter', 'how many aboard');
    unwrap(core.call('sources.delete', { id: source }));
    expect(ids(core, 'helicopter', 'highlights')).toEqual([]);
    expect(ids(core, 'aboard', 'notes')).toEqual([]);
    expect(ids(core, 'helicopter', 'sources')).toEqual([]);
  });
});

describe('sources in the index', () => {
  it('follows a revision and a new title', () => {
    const source = importText(core, text, 'Dawn report');
    unwrap(core.call('sources.revise', { id: source, text: text.replace('helicopter', 'convoy') }));
    expect(ids(core, 'helicopter', 'sources')).toEqual([]);
    expect(ids(core, 'convoy', 'sources')).toEqual([source]);
    unwrap(core.call('sources.update', { id: source, patch: { title: 'Evening report' } }));
    expect(ids(core, 'dawn', 'sources')).toEqual([source]); // still in the text
    expect(ids(core, 'evening', 'sources')).toEqual([source]);
    expect(ids(core, 'report NOT evening', 'sources')).toEqual([]);
  });
});

describe('events in the index', () => {
  it('follows inserts, edits and deletes', () => {
    insertEvent(core, 'e1', 'Mortar attack', 'At dawn');
    expect(ids(core, 'mortar', 'events')).toEqual(['e1']);
    core.project.db.prepare(`UPDATE events SET title = 'Rocket attack' WHERE id = 'e1'`).run();
    expect(ids(core, 'mortar', 'events')).toEqual([]);
    expect(ids(core, 'rocket', 'events')).toEqual(['e1']);
    core.project.db.prepare(`UPDATE events SET date_start = '2020-09-28' WHERE id = 'e1'`).run();
    expect(ids(core, 'rocket', 'events')).toEqual(['e1']);
    core.project.db.prepare(`DELETE FROM events WHERE id = 'e1'`).run();
    expect(ids(core, 'rocket', 'events')).toEqual([]);
  });
});
