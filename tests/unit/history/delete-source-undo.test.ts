// Deleting a source is one undoable step: undo brings back the source, its original bytes,
// every revision and removed-line choice, its highlights with their tags, event links and the
// discrepancy verdict that trusted it, and its place in search; redo deletes it again.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core.ts';
import { freshCore, importText, readingText, unwrap } from '../core-harness.ts';
import { checkSearchIndexes, heldSources, projectDump } from './project-dump.ts';

let core: Core;
beforeEach(() => {
  core = freshCore();
});
afterEach(() => core.close());

const first = 'Rockets hit the compound on 3 March 2021. Three guards were wounded.\n\nThe embassy will close within ninety days, officials said.';
const second = 'Five guards were wounded when rockets struck the compound on 3 March 2021.\n\nA spokesman said the embassy would close.\n\nPhotographs by Quillfeather.';

function passage(sourceId: string, phrase: string, tagNames: string[] = [], note = ''): string {
  const text = readingText(core, sourceId);
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length }, tagNames, note })).id;
}

/** Two accounts of one event, the second revised, with a removed line, tagged highlights, links and a verdict trusting it. */
function project() {
  const a = importText(core, first, 'First account');
  const b = importText(core, second, 'Second account');
  unwrap(core.call('sources.update', { id: b, patch: { publisher: 'Courier', publishedAt: '2021-03-05', kind: 'news', url: 'https://example.org/b' } }));
  unwrap(core.call('sources.revise', { id: b, text: `${second}\n\nUpdated: casualty figures confirmed by the hospital.` }));
  const lines = unwrap(core.call('sources.get', { id: b })).text.split('\n');
  unwrap(core.call('sources.setLineRemoved', { id: b, line: lines.indexOf('Photographs by Quillfeather.'), removed: true }));
  const event = unwrap(core.call('events.create', { title: 'Rocket attack on the compound', date: { start: '2021-03-03' } }));
  const ha = passage(a, 'Three guards were wounded.', ['Casualties']);
  const hb = passage(b, 'Five guards were wounded when rockets struck the compound on 3 March 2021.', ['Casualties', 'Hospital'], 'the higher count');
  passage(b, 'casualty figures confirmed', [], 'zanzibarine note');
  unwrap(core.call('events.link', { highlightId: ha, eventId: event.id, stance: 'reports' }));
  unwrap(core.call('events.link', { highlightId: hb, eventId: event.id, stance: 'reports' }));
  unwrap(core.call('discrepancies.resolve', { eventId: event.id, key: 'count:injuries', trustedSourceId: b, note: 'Hospital list names five.' }));
  return { a, b, event };
}

const dump = () => projectDump(core);
const searchIndexIsWhole = () => checkSearchIndexes(core);
const held = () => heldSources(core);

function searchFinds(query: string, kind: 'sources' | 'notes'): boolean {
  const { groups } = unwrap(core.call('search.query', { query, kinds: [kind] }));
  return groups.some((g) => g.results.length > 0);
}

describe('undoing a source delete', () => {
  it('brings back every row of the source and what hangs off it, exactly; redo deletes it again', () => {
    const { b } = project();
    const before = dump();
    expect(searchFinds('Quillfeather', 'sources')).toBe(false); // a removed line is not in the reading text
    expect(searchFinds('hospital', 'sources')).toBe(true);
    expect(searchFinds('zanzibarine', 'notes')).toBe(true);

    unwrap(core.call('sources.delete', { id: b }));
    const deleted = dump();
    expect(deleted['sources']).toHaveLength(1);
    expect(deleted['highlights']).toHaveLength(1);
    expect(deleted['discrepancy_resolutions']).toMatchObject([{ trusted_source_id: null }]);
    expect(searchFinds('hospital', 'sources')).toBe(false);
    expect(searchFinds('zanzibarine', 'notes')).toBe(false);
    expect(unwrap(core.call('history.state', {}))).toEqual({ undoLabel: 'Delete source', redoLabel: null });
    expect(held()).toBe(1);

    // The answer tells the workbench a source came back, so it refreshes more than the annotations.
    expect(unwrap(core.call('history.undo', {}))).toMatchObject({ applied: 'Delete source', redoLabel: 'Delete source', sourcesChanged: true });
    expect(dump()).toEqual(before);
    expect(held()).toBe(0);
    searchIndexIsWhole();
    expect(searchFinds('hospital', 'sources')).toBe(true);
    expect(searchFinds('zanzibarine', 'notes')).toBe(true);
    expect(unwrap(core.call('sources.revisions', { id: b }))).toHaveLength(3);

    expect(unwrap(core.call('history.redo', {}))).toMatchObject({ sourcesChanged: true });
    expect(dump()).toEqual(deleted);
    searchIndexIsWhole();
    expect(searchFinds('hospital', 'sources')).toBe(false);

    unwrap(core.call('history.undo', {}));
    expect(dump()).toEqual(before);
  });

  it('can be undone after the project is closed and opened again', () => {
    const { b } = project();
    const before = dump();
    unwrap(core.call('sources.delete', { id: b }));
    const file = core.project.path;
    core.close();
    core = openCore(file);
    expect(unwrap(core.call('history.state', {})).undoLabel).toBe('Delete source');
    unwrap(core.call('history.undo', {}));
    expect(dump()).toEqual(before);
    expect(searchFinds('hospital', 'sources')).toBe(true);
  });

  it('comes back beside a source imported after it was deleted, both found by search', () => {
    const { b } = project();
    unwrap(core.call('sources.delete', { id: b }));
    // A plain import is no undo step; the new source takes the library number the deleted one had.
    const later = importText(core, 'A later report about the quarry flood.', 'Later report');
    unwrap(core.call('history.undo', {}));
    expect(unwrap(core.call('sources.get', { id: b })).highlightCount).toBe(2);
    expect(unwrap(core.call('sources.get', { id: later })).title).toBe('Later report');
    searchIndexIsWhole();
    expect(searchFinds('hospital', 'sources')).toBe(true);
    expect(searchFinds('quarry', 'sources')).toBe(true);
  });

  it('lets undo go on past the delete to the changes made before it', () => {
    const { b } = project();
    unwrap(core.call('sources.delete', { id: b }));
    unwrap(core.call('history.undo', {}));
    expect(unwrap(core.call('history.undo', {})).applied).toBe('Resolve discrepancy');
    expect(dump()['discrepancy_resolutions']).toEqual([]);
  });

  it('keeps the deleted source only while its undo step exists', () => {
    const { a, b } = project();
    unwrap(core.call('sources.delete', { id: b }));
    unwrap(core.call('history.undo', {}));
    unwrap(core.call('history.redo', {}));
    expect(held()).toBe(1);
    // Undone, then replaced by a new change: the redo branch (and what it kept) is gone.
    unwrap(core.call('history.undo', {}));
    unwrap(core.call('sources.delete', { id: a }));
    expect(held()).toBe(1);
    expect(core.project.db.prepare('SELECT id FROM deleted_sources').all()).toEqual([{ id: a }]);
    // Pruning old steps (past MAX_UNDO_STEPS) deletes their entries the same way.
    core.project.db.prepare('DELETE FROM undo_log').run();
    expect(held()).toBe(0);
  });
});
