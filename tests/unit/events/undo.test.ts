// Undo and redo cover events, links, actors, entities and resolutions: each change is one step, and
// deleting a highlight and undoing it brings its event links back.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { freshCore, importText, readingText, unwrap } from '../core-harness.ts';

let core: Core;
beforeEach(() => {
  core = freshCore();
});
afterEach(() => core.close());

const text = 'Rockets struck the compound on Monday. Three guards were wounded.';

function highlight(sourceId: string, phrase: string): string {
  const start = readingText(core, sourceId).indexOf(phrase);
  return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length } })).id;
}

const undo = () => unwrap(core.call('history.undo', {}));
const redo = () => unwrap(core.call('history.redo', {}));
const titles = () => unwrap(core.call('events.list', {})).rows.map((r) => r.title);

describe('undo for events and entities', () => {
  it('undoes and redoes create, update and delete of an event with its actors', () => {
    const event = unwrap(core.call('events.create', { title: 'Attack', actorNames: ['Kataeb Hezbollah'] }));
    expect(unwrap(core.call('history.state', {})).undoLabel).toBe('Create event');
    unwrap(core.call('events.update', { id: event.id, patch: { title: 'Rocket attack' } }));
    unwrap(core.call('events.delete', { id: event.id }));
    expect(titles()).toEqual([]);
    undo();
    expect(unwrap(core.call('events.get', { id: event.id }))).toMatchObject({ title: 'Rocket attack', actors: [{ name: 'Kataeb Hezbollah' }] });
    undo();
    expect(titles()).toEqual(['Attack']);
    undo();
    expect(titles()).toEqual([]);
    expect(unwrap(core.call('entities.list', { suggestions: false })).entities).toEqual([]);
    redo();
    expect(unwrap(core.call('events.get', { id: event.id })).actors.map((a) => a.name)).toEqual(['Kataeb Hezbollah']);
  });

  it('undoes links and a merge, passages returning to the merged-away event', () => {
    const s = importText(core, text);
    const h1 = highlight(s, 'Rockets struck');
    const h2 = highlight(s, 'Three guards were wounded');
    const keep = unwrap(core.call('events.create', { title: 'Keep' }));
    const dup = unwrap(core.call('events.create', { title: 'Duplicate', place: 'Baghdad' }));
    unwrap(core.call('events.link', { highlightId: h1, eventId: keep.id }));
    unwrap(core.call('events.link', { highlightId: h1, eventId: dup.id, stance: 'disputes' }));
    unwrap(core.call('events.link', { highlightId: h2, eventId: dup.id }));
    unwrap(core.call('events.merge', { fromId: dup.id, intoId: keep.id }));
    expect(titles()).toEqual(['Keep']);
    undo();
    expect(titles().sort()).toEqual(['Duplicate', 'Keep']);
    expect(unwrap(core.call('events.get', { id: dup.id })).passages.map((p) => [p.highlightId, p.stance])).toEqual([[h1, 'disputes'], [h2, 'reports']]);
    expect(unwrap(core.call('events.get', { id: keep.id })).place).toBe('');
    undo();
    expect(unwrap(core.call('events.get', { id: dup.id })).passages.map((p) => p.highlightId)).toEqual([h1]);
    redo();
    redo();
    expect(unwrap(core.call('events.get', { id: keep.id })).passages.map((p) => p.highlightId)).toEqual([h1, h2]);
  });

  it('brings back the event links of a highlight deleted and restored', () => {
    const s = importText(core, text);
    const h = highlight(s, 'Three guards were wounded');
    const event = unwrap(core.call('events.create', { title: 'Attack' }));
    unwrap(core.call('events.link', { highlightId: h, eventId: event.id, stance: 'context' }));
    unwrap(core.call('annotations.delete', { id: h }));
    expect(unwrap(core.call('events.get', { id: event.id })).passages).toEqual([]);
    undo();
    expect(unwrap(core.call('events.get', { id: event.id })).passages.map((p) => [p.highlightId, p.stance])).toEqual([[h, 'context']]);
  });

  it('undoes entity splits and merges, aliases returning to their owner', () => {
    const pm = unwrap(core.call('entities.create', { name: 'Mustafa al-Kadhimi', kind: 'person', aliases: ['Kazemi'] }));
    const { created } = unwrap(core.call('entities.split', { id: pm.id, aliases: ['Kazemi'] }));
    unwrap(core.call('entities.merge', { fromId: created.id, intoId: pm.id }));
    undo();
    expect(unwrap(core.call('entities.get', { id: created.id })).aliases.map((a) => a.alias)).toEqual(['Kazemi']);
    undo();
    expect(unwrap(core.call('entities.get', { id: pm.id })).aliases.map((a) => a.alias)).toEqual(['Mustafa al-Kadhimi', 'Kazemi']);
    expect(core.call('entities.get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('records nothing for reads and failed changes', () => {
    unwrap(core.call('events.list', {}));
    core.call('events.create', { title: 'x', date: { start: '2020-13' } });
    core.call('events.link', { highlightId: 'nope', eventId: 'nope' });
    expect(unwrap(core.call('history.state', {}))).toEqual({ undoLabel: null, redoLabel: null });
  });
});
