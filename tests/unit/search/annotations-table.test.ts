// annotations.table: every highlight with its source, tags and events;
// filters, sorts in both directions, and pages that never overlap.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import type { OperationInput } from '../../../src-main/core/api/operations.ts';
import { freshCore, importText, unwrap } from '../core-harness.ts';
import { insertEvent } from './search-helpers.ts';

let core: Core;
let first: string;
let second: string;
// id of the highlight on each phrase, in creation order
const made = new Map<string, string>();

const textA = 'Alpha rockets struck. Beta mortars followed. Gamma drones circled. Delta convoy left.';
const textB = 'Epsilon statement issued. Zeta denial came. Eta embassy closed.';

function highlight(sourceId: string, text: string, phrase: string, tagNames: string[], note = '') {
  const start = text.indexOf(phrase);
  const h = unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length }, tagNames, note }));
  made.set(phrase, h.id);
  return h;
}

// created_at is set by the clock; pin it so date filters and sorts are exact.
function setCreated(phrase: string, at: string): void {
  const id = made.get(phrase);
  core.project.db.prepare('UPDATE highlights SET created_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
  core.project.db.prepare('UPDATE highlight_tags SET created_at = ? WHERE highlight_id = ?').run(at, id);
}

function table(input: OperationInput<'annotations.table'> = {}) {
  return unwrap(core.call('annotations.table', input));
}

function quotes(input: OperationInput<'annotations.table'> = {}): string[] {
  return table(input).rows.map((r) => r.exact);
}

function tagId(name: string): string {
  const tag = unwrap(core.call('tags.list', {})).find((t) => t.name === name);
  if (!tag) throw new Error(`no tag ${name}`);
  return tag.id;
}

beforeEach(() => {
  core = freshCore();
  made.clear();
  first = importText(core, textA, 'Field report');
  second = importText(core, textB, 'Agency statement');
  core.project.db.prepare(`UPDATE sources SET kind = 'news' WHERE id = ?`).run(first);
  core.project.db.prepare(`UPDATE sources SET kind = 'report' WHERE id = ?`).run(second);
  highlight(first, textA, 'Alpha rockets', ['Weapons', 'Attack'], 'count the rockets');
  highlight(first, textA, 'Beta mortars', ['Weapons']);
  highlight(first, textA, 'Gamma drones', ['Weapons', 'Surveillance'], 'zz last note');
  highlight(second, textB, 'Epsilon statement', ['Claims'], 'aa first note');
  highlight(second, textB, 'Zeta denial', ['Claims', 'Attack']);
  ['2021-03-01', '2021-03-02', '2021-03-03', '2021-04-01', '2021-04-02'].forEach((day, i) =>
    setCreated([...made.keys()][i] ?? '', `${day}T10:00:00.000Z`),
  );
  insertEvent(core, 'ev1', 'Night attack');
  unwrap(core.call('annotations.bulk', { action: 'link', ids: [made.get('Alpha rockets') ?? ''], eventId: 'ev1', stance: 'reports' }));
  unwrap(core.call('annotations.bulk', { action: 'link', ids: [made.get('Zeta denial') ?? ''], eventId: 'ev1', stance: 'disputes' }));
});
afterEach(() => core.close());

describe('annotations.table rows', () => {
  it('lists every highlight newest first with its source, tags, events, status and dates', () => {
    const page = table();
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.exact)).toEqual(['Zeta denial', 'Epsilon statement', 'Gamma drones', 'Beta mortars', 'Alpha rockets']);
    expect(page.rows[0]).toMatchObject({
      id: made.get('Zeta denial'),
      sourceId: second,
      sourceTitle: 'Agency statement',
      sourceKind: 'report',
      status: 'anchored',
      color: 'yellow',
      start: textB.indexOf('Zeta denial'),
      tags: [{ name: 'Attack' }, { name: 'Claims' }],
      events: [{ id: 'ev1', title: 'Night attack', stance: 'disputes' }],
      createdAt: '2021-04-02T10:00:00.000Z',
    });
  });
});

describe('annotations.table filters', () => {
  it('by tag, several tags meaning all of them', () => {
    expect(quotes({ tagIds: [tagId('Weapons')] })).toEqual(['Gamma drones', 'Beta mortars', 'Alpha rockets']);
    expect(quotes({ tagIds: [tagId('Weapons'), tagId('Attack')] })).toEqual(['Alpha rockets']);
    expect(table({ tagIds: [tagId('Attack')] }).total).toBe(2);
  });

  it('by event, source, source kind and status', () => {
    expect(quotes({ eventId: 'ev1' })).toEqual(['Zeta denial', 'Alpha rockets']);
    expect(quotes({ sourceId: second })).toEqual(['Zeta denial', 'Epsilon statement']);
    expect(quotes({ sourceKind: 'news' })).toEqual(['Gamma drones', 'Beta mortars', 'Alpha rockets']);
    expect(table({ sourceKind: 'news' }).total).toBe(3);
    core.project.db.prepare(`UPDATE highlights SET status = 'fuzzy' WHERE id = ?`).run(made.get('Beta mortars'));
    expect(quotes({ status: ['fuzzy', 'orphaned'] })).toEqual(['Beta mortars']);
  });

  it('by date range, a bare "to" day included whole', () => {
    expect(quotes({ from: '2021-03-02', to: '2021-04-01' })).toEqual(['Epsilon statement', 'Gamma drones', 'Beta mortars']);
    expect(quotes({ to: '2021-03-01' })).toEqual(['Alpha rockets']);
    expect(quotes({ dateField: 'updatedAt', from: '2021-04-02' })).toEqual(['Zeta denial']);
  });

  it('by a search over quotes and notes, in the search box syntax', () => {
    expect(quotes({ query: 'rockets' })).toEqual(['Alpha rockets']);
    expect(quotes({ query: 'note' })).toEqual(['Epsilon statement', 'Gamma drones']);
    expect(quotes({ query: 'mortars OR denial' })).toEqual(['Zeta denial', 'Beta mortars']);
    expect(quotes({ query: '   ' })).toHaveLength(5);
    expect(core.call('annotations.table', { query: 'rockets OR' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('combines filters', () => {
    expect(quotes({ tagIds: [tagId('Weapons')], query: 'note', from: '2021-03-02' })).toEqual(['Gamma drones']);
    expect(table({ tagIds: [tagId('Claims')], eventId: 'ev1', sourceKind: 'report' }).total).toBe(1);
  });
});

describe('annotations.table sorting and paging', () => {
  it.each([
    ['quote', 'asc', ['Alpha rockets', 'Beta mortars', 'Epsilon statement', 'Gamma drones', 'Zeta denial']],
    ['quote', 'desc', ['Zeta denial', 'Gamma drones', 'Epsilon statement', 'Beta mortars', 'Alpha rockets']],
    ['source', 'asc', ['Epsilon statement', 'Zeta denial', 'Alpha rockets', 'Beta mortars', 'Gamma drones']],
    ['createdAt', 'asc', ['Alpha rockets', 'Beta mortars', 'Gamma drones', 'Epsilon statement', 'Zeta denial']],
  ] as const)('by %s %s', (sort, direction, expected) => {
    expect(quotes({ sort, direction })).toEqual(expected);
  });

  it('by note, blank notes together', () => {
    expect(quotes({ sort: 'note', direction: 'asc' }).slice(2)).toEqual(['Epsilon statement', 'Alpha rockets', 'Gamma drones']);
  });

  it('by status and by color', () => {
    core.project.db.prepare(`UPDATE highlights SET status = 'fuzzy', color = 'blue' WHERE id = ?`).run(made.get('Beta mortars'));
    expect(quotes({ sort: 'status', direction: 'desc' })[0]).toBe('Beta mortars');
    expect(quotes({ sort: 'color', direction: 'asc' })[0]).toBe('Beta mortars');
  });

  it('by updated date', () => {
    core.project.db.prepare(`UPDATE highlights SET updated_at = '2030-01-01T00:00:00.000Z' WHERE id = ?`).run(made.get('Beta mortars'));
    expect(quotes({ sort: 'updatedAt' })[0]).toBe('Beta mortars');
  });

  it('pages without overlap, also within a tag sorted by date', () => {
    const pages = [0, 2, 4].flatMap((offset) => quotes({ offset, limit: 2 }));
    expect(pages).toEqual(quotes());
    const weapons = tagId('Weapons');
    expect([0, 1, 2].flatMap((offset) => quotes({ tagIds: [weapons], offset, limit: 1, direction: 'asc' }))).toEqual(['Alpha rockets', 'Beta mortars', 'Gamma drones']);
  });

  it('refuses a sort column it has no index for', () => {
    expect(core.call('annotations.table', { sort: 'tags' as 'quote' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('the query plans', () => {
  it('reads a tag page by date from the (tag_id, created_at) index without sorting', () => {
    const plan = core.project.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT h.id FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id JOIN sources s ON s.id = h.source_id
         WHERE ht.tag_id = ? ORDER BY ht.created_at DESC, ht.rowid DESC LIMIT 50`,
      )
      .all('x') as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(/highlight_tags_tag_created/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });
});
