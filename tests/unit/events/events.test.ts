// Events through the contract: create with dates at a precision, place, actors and description; the
// timeline in date order with counts by stance; links from either side; merge; delete; and an event
// made straight from a highlight.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { freshCore, importText, readingText, unwrap } from '../core-harness.ts';

let core: Core;
beforeEach(() => {
  core = freshCore();
});
afterEach(() => core.close());

const report = 'Iranian President Hassan Rouhani met the foreign minister on September 26, 2020 in Tehran.\n\nRockets struck the embassy compound in Baghdad on Monday. Two guards were wounded.';

function highlight(sourceId: string, phrase: string): string {
  const text = readingText(core, sourceId);
  const start = text.indexOf(phrase);
  return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length } })).id;
}

describe('creating and changing events', () => {
  it('creates an event with a dated range, precision, place, actors and description', () => {
    const event = unwrap(core.call('events.create', {
      title: 'Rocket attacks on the embassy',
      date: { start: '2020-09', end: '2020-10', precision: 'approximate' },
      place: 'Baghdad',
      description: 'The autumn campaign.',
      actorNames: ['Kataeb Hezbollah', 'Mike Pompeo'],
    }));
    expect(event).toMatchObject({
      title: 'Rocket attacks on the embassy',
      date: { start: '2020-09', end: '2020-10', precision: 'approximate' },
      place: 'Baghdad',
      description: 'The autumn campaign.',
      counts: { passages: 0, sources: 0 },
      passages: [],
    });
    expect(event.actors.map((a) => [a.name, a.kind])).toEqual([['Kataeb Hezbollah', 'organization'], ['Mike Pompeo', 'person']]);
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/u);
    expect(event.createdAt).toBe(event.updatedAt);
  });

  it('derives the precision from the date when none is given, and refuses impossible dates', () => {
    expect(unwrap(core.call('events.create', { title: 'A', date: { start: '2020' } })).date.precision).toBe('year');
    expect(unwrap(core.call('events.create', { title: 'B', date: { start: '2020-01-08' } })).date.precision).toBe('day');
    expect(unwrap(core.call('events.create', { title: 'C', date: { start: '2020-03', precision: 'before' } })).date.precision).toBe('before');
    expect(unwrap(core.call('events.create', { title: 'D' })).date).toEqual({ start: null, end: null, precision: 'unknown' });
    expect(core.call('events.create', { title: 'E', date: { start: '2020-02-30' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(core.call('events.create', { title: 'F', date: { start: '2020-05', end: '2020-04' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(core.call('events.create', { title: 'G', date: { start: 'May 2020' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(core.call('events.create', { title: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('updates fields and replaces actors, reusing entities by alias', () => {
    const event = unwrap(core.call('events.create', { title: 'Warning', actorNames: ['Mustafa al-Kadhimi'] }));
    const updated = unwrap(core.call('events.update', { id: event.id, patch: { title: 'The US warning', place: 'Washington', actorNames: ['mustafa al-kadhimi', 'Barham Salih'] } }));
    expect(updated).toMatchObject({ title: 'The US warning', place: 'Washington' });
    expect(updated.actors.map((a) => a.name)).toEqual(['Barham Salih', 'Mustafa al-Kadhimi']);
    expect(unwrap(core.call('entities.list', { suggestions: false })).entities).toHaveLength(2);
    expect(core.call('events.update', { id: 'nope', patch: {} })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('the timeline', () => {
  it('orders events by date (undated last) and counts sources and passages by stance', () => {
    const a = importText(core, report, 'Report A');
    const b = importText(core, 'Two guards were hurt when rockets hit the compound.', 'Report B');
    const later = unwrap(core.call('events.create', { title: 'Later', date: { start: '2020-10-01' } }));
    const undated = unwrap(core.call('events.create', { title: 'Undated' }));
    const attack = unwrap(core.call('events.create', { title: 'Attack', date: { start: '2020-09-28' } }));
    const year = unwrap(core.call('events.create', { title: 'The whole year', date: { start: '2020' } }));
    unwrap(core.call('events.link', { highlightId: highlight(a, 'Rockets struck the embassy compound'), eventId: attack.id, stance: 'reports' }));
    unwrap(core.call('events.link', { highlightId: highlight(a, 'Two guards were wounded'), eventId: attack.id, stance: 'reports' }));
    unwrap(core.call('events.link', { highlightId: highlight(b, 'rockets hit the compound'), eventId: attack.id, stance: 'disputes' }));
    unwrap(core.call('events.link', { highlightId: highlight(a, 'Hassan Rouhani met'), eventId: attack.id, stance: 'context' }));
    const { rows, total } = unwrap(core.call('events.list', {}));
    expect(total).toBe(4);
    expect(rows.map((r) => r.id)).toEqual([year.id, attack.id, later.id, undated.id]);
    expect(rows[1]?.counts).toEqual({ passages: 4, sources: 2, reports: 2, disputes: 1, context: 1, sourcesReporting: 1, sourcesDisputing: 1 });
    expect(unwrap(core.call('events.list', { sourceId: b })).rows.map((r) => r.title)).toEqual(['Attack']);
    expect(unwrap(core.call('events.list', { query: 'whole' })).rows.map((r) => r.title)).toEqual(['The whole year']);
  });
});

describe('links between passages and events', () => {
  it('links from either side, changes a stance in place and unlinks', () => {
    const a = importText(core, report, 'Report A');
    const h = highlight(a, 'Two guards were wounded');
    const one = unwrap(core.call('events.create', { title: 'One' }));
    const two = unwrap(core.call('events.create', { title: 'Two' }));
    const link = unwrap(core.call('events.link', { highlightId: h, eventId: one.id }));
    expect(link.stance).toBe('reports');
    unwrap(core.call('events.link', { highlightId: h, eventId: two.id, stance: 'context' }));
    const again = unwrap(core.call('events.link', { highlightId: h, eventId: one.id, stance: 'disputes' }));
    expect(again.id).toBe(link.id);
    expect(unwrap(core.call('events.ofHighlight', { highlightId: h })).map((e) => [e.event.title, e.link.stance])).toEqual([['One', 'disputes'], ['Two', 'context']]);
    expect(unwrap(core.call('events.get', { id: one.id })).passages.map((p) => [p.highlightId, p.sourceTitle, p.exact])).toEqual([[h, 'Report A', 'Two guards were wounded']]);
    unwrap(core.call('events.unlink', { highlightId: h, eventId: one.id }));
    expect(core.call('events.unlink', { highlightId: h, eventId: one.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.call('events.link', { highlightId: 'nope', eventId: one.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('drops links with their highlight', () => {
    const a = importText(core, report, 'Report A');
    const h = highlight(a, 'Two guards were wounded');
    const event = unwrap(core.call('events.create', { title: 'One' }));
    unwrap(core.call('events.link', { highlightId: h, eventId: event.id }));
    unwrap(core.call('annotations.delete', { id: h }));
    expect(unwrap(core.call('events.get', { id: event.id })).passages).toEqual([]);
  });
});

describe('merging and deleting events', () => {
  it('merges two events that are one: links, actors and empty fields follow', () => {
    const a = importText(core, report, 'Report A');
    const h1 = highlight(a, 'Rockets struck');
    const h2 = highlight(a, 'Two guards were wounded');
    const keep = unwrap(core.call('events.create', { title: 'Embassy attack', actorNames: ['Kataeb Hezbollah'] }));
    const dup = unwrap(core.call('events.create', { title: 'Attack on embassy', date: { start: '2020-09-28' }, place: 'Baghdad', description: 'Duplicate.', actorNames: ['Mike Pompeo'] }));
    unwrap(core.call('events.link', { highlightId: h1, eventId: keep.id, stance: 'reports' }));
    unwrap(core.call('events.link', { highlightId: h1, eventId: dup.id, stance: 'disputes' }));
    unwrap(core.call('events.link', { highlightId: h2, eventId: dup.id, stance: 'reports' }));
    const merged = unwrap(core.call('events.merge', { fromId: dup.id, intoId: keep.id }));
    expect(merged).toMatchObject({ title: 'Embassy attack', place: 'Baghdad', description: 'Duplicate.', date: { start: '2020-09-28' } });
    expect(merged.passages.map((p) => [p.highlightId, p.stance])).toEqual([[h1, 'reports'], [h2, 'reports']]);
    expect(merged.actors.map((x) => x.name)).toEqual(['Kataeb Hezbollah', 'Mike Pompeo']);
    expect(core.call('events.get', { id: dup.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.call('events.merge', { fromId: keep.id, intoId: keep.id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('deletes an event and its links, not the passages', () => {
    const a = importText(core, report, 'Report A');
    const h = highlight(a, 'Rockets struck');
    const event = unwrap(core.call('events.create', { title: 'Gone' }));
    unwrap(core.call('events.link', { highlightId: h, eventId: event.id }));
    unwrap(core.call('events.delete', { id: event.id }));
    expect(unwrap(core.call('events.list', {})).total).toBe(0);
    expect(unwrap(core.call('events.ofHighlight', { highlightId: h }))).toEqual([]);
    expect(unwrap(core.call('annotations.get', { id: h })).exact).toBe('Rockets struck');
  });
});

describe('an event straight from a highlight', () => {
  it('takes title, date, place and known actors from the passage and links it', () => {
    const a = importText(core, report, 'Report A');
    unwrap(core.call('entities.create', { name: 'Hassan Rouhani', kind: 'person' }));
    const h = highlight(a, 'Iranian President Hassan Rouhani met the foreign minister on September 26, 2020 in Tehran.');
    const { event, link } = unwrap(core.call('events.createFromHighlight', { highlightId: h }));
    expect(event).toMatchObject({
      title: 'Iranian President Hassan Rouhani met the foreign minister on September 26, 2020 in Tehran',
      date: { start: '2020-09-26', end: null, precision: 'day' },
      place: 'Tehran',
    });
    expect(event.actors.map((x) => x.name)).toEqual(['Hassan Rouhani']);
    expect(link).toMatchObject({ highlightId: h, eventId: event.id, stance: 'reports' });
  });

  it('resolves relative dates against the source\'s publication date, and takes a given title', () => {
    const a = importText(core, report, 'Report A');
    unwrap(core.call('sources.update', { id: a, patch: { publishedAt: '2020-09-30' } }));
    const h = highlight(a, 'Rockets struck the embassy compound in Baghdad on Monday.');
    const { event } = unwrap(core.call('events.createFromHighlight', { highlightId: h, title: 'Monday attack', stance: 'context' }));
    expect(event).toMatchObject({ title: 'Monday attack', date: { start: '2020-09-28', precision: 'day' }, place: 'Baghdad' });
    expect(event.passages[0]?.stance).toBe('context');
  });
});
