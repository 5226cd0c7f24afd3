// The comparison through the contract: compare.event's columns and discrepancies, compare.align and
// compare.sources, compare.findPassage, and resolving a discrepancy (undoable, and flagged when stale).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { freshCore, importText, readingText, unwrap } from '../core-harness.ts';

let core: Core;
beforeEach(() => {
  core = freshCore();
});
afterEach(() => core.close());

const first = 'Rockets hit the compound on 3 March 2021. Three guards were wounded.\n\nThe embassy will close within ninety days, officials said.';
const second = 'Five guards were wounded when rockets struck the compound on 3 March 2021.\n\nA spokesman said the embassy would close.';

function passage(sourceId: string, phrase: string): string {
  const text = readingText(core, sourceId);
  const start = text.indexOf(phrase);
  return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length } })).id;
}

function eventWithTwoAccounts() {
  const a = importText(core, first, 'First account');
  const b = importText(core, second, 'Second account');
  unwrap(core.call('sources.update', { id: a, patch: { publisher: 'Gazette', publishedAt: '2021-03-04', kind: 'news' } }));
  const event = unwrap(core.call('events.create', { title: 'Rocket attack on the compound', date: { start: '2021-03-03' } }));
  const ha = passage(a, 'Three guards were wounded.');
  const hb = passage(b, 'Five guards were wounded when rockets struck the compound on 3 March 2021.');
  const hc = passage(a, 'Rockets hit the compound on 3 March 2021.');
  unwrap(core.call('events.link', { highlightId: ha, eventId: event.id, stance: 'reports' }));
  unwrap(core.call('events.link', { highlightId: hb, eventId: event.id, stance: 'reports' }));
  unwrap(core.call('events.link', { highlightId: hc, eventId: event.id, stance: 'context' }));
  return { a, b, event, ha, hb, hc };
}

describe('compare.event', () => {
  it('gives one column per source with its metadata and passages in reading order', () => {
    const { a, b, event, ha, hc } = eventWithTwoAccounts();
    const result = unwrap(core.call('compare.event', { eventId: event.id }));
    expect(result.columns.map((c) => c.source.id)).toEqual([a, b]);
    expect(result.columns[0]?.source).toMatchObject({ title: 'First account', publisher: 'Gazette', publishedAt: '2021-03-04', kind: 'news' });
    expect(result.columns[0]?.passages.map((p) => [p.highlightId, p.stance])).toEqual([[hc, 'context'], [ha, 'reports']]);
  });

  it('lists the discrepancy with which source says what, quoted', () => {
    const { a, b, event } = eventWithTwoAccounts();
    const { discrepancies } = unwrap(core.call('compare.event', { eventId: event.id }));
    expect(discrepancies.map((d) => d.key)).toEqual(['count:injuries']);
    const [injuries] = discrepancies;
    expect(injuries?.conflicts).toEqual([{ sourceA: a, sourceB: b }]);
    expect(injuries?.sources.map((s) => [s.sourceTitle, s.claims.map((c) => c.display), s.claims[0]?.quote])).toEqual([
      ['First account', ['3'], 'Three guards were wounded.'],
      ['Second account', ['5'], 'Five guards were wounded when rockets struck the compound on 3 March 2021.'],
    ]);
    expect(injuries?.resolution).toBeNull();
  });

  it('reads context passages without comparing them', () => {
    const { event } = eventWithTwoAccounts();
    const result = unwrap(core.call('compare.event', { eventId: event.id }));
    const context = result.columns[0]?.passages[0]?.claims ?? [];
    expect(context.map((c) => [c.key, c.excluded])).toEqual([['date:attack', 'stance']]);
    expect(result.onlyIn.map((g) => g.key)).toContain('date:attack');
  });
});

describe('resolving a discrepancy', () => {
  it('records which account the user trusts and why; undo and reopen take it back', () => {
    const { b, event } = eventWithTwoAccounts();
    const resolution = unwrap(core.call('discrepancies.resolve', { eventId: event.id, key: 'count:injuries', trustedSourceId: b, note: 'Hospital list names five.' }));
    expect(resolution).toMatchObject({ trustedSourceId: b, note: 'Hospital list names five.', stale: false });
    expect(unwrap(core.call('compare.event', { eventId: event.id })).discrepancies[0]?.resolution?.note).toBe('Hospital list names five.');
    expect(unwrap(core.call('discrepancies.list', { open: true }))).toEqual([]);
    unwrap(core.call('history.undo', {}));
    expect(unwrap(core.call('compare.event', { eventId: event.id })).discrepancies[0]?.resolution).toBeNull();
    unwrap(core.call('history.redo', {}));
    unwrap(core.call('discrepancies.reopen', { eventId: event.id, key: 'count:injuries' }));
    expect(unwrap(core.call('discrepancies.list', { open: true }))[0]?.discrepancies.map((d) => d.key)).toEqual(['count:injuries']);
  });

  it('marks a resolution stale when the claims change, and refuses bad verdicts', () => {
    const { a, event } = eventWithTwoAccounts();
    unwrap(core.call('discrepancies.resolve', { eventId: event.id, key: 'count:injuries', trustedSourceId: a, note: '' }));
    const extra = importText(core, 'Seven guards were wounded in the attack on the compound.', 'Third account');
    unwrap(core.call('events.link', { highlightId: passage(extra, 'Seven guards were wounded'), eventId: event.id }));
    expect(unwrap(core.call('compare.event', { eventId: event.id })).discrepancies[0]?.resolution?.stale).toBe(true);
    expect(core.call('discrepancies.resolve', { eventId: event.id, key: 'count:injuries', trustedSourceId: null, note: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(core.call('discrepancies.resolve', { eventId: event.id, key: 'count:nothing', note: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('compare by source', () => {
  it('aligns two sources with scores and word diffs', () => {
    const a = importText(core, first, 'First account');
    const b = importText(core, second, 'Second account');
    const result = unwrap(core.call('compare.align', { sourceIdA: a, sourceIdB: b }));
    expect(result.sourceA.title).toBe('First account');
    const wounded = result.pairs.find((p) => p.a.text.includes('guards'));
    expect(wounded?.b.text).toContain('Five guards were wounded');
    expect(wounded?.score).toBeGreaterThan(0.2);
    expect(wounded?.diff.length).toBeGreaterThan(1);
    expect(core.call('compare.align', { sourceIdA: a, sourceIdB: a })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('shows two to four sources side by side, rows in the first source\'s order', () => {
    const a = importText(core, first, 'First account');
    const b = importText(core, second, 'Second account');
    const c = importText(core, 'The embassy is to close within ninety days, officials said on Friday.', 'Third account');
    const result = unwrap(core.call('compare.sources', { sourceIds: [a, b, c] }));
    expect(result.sources.map((s) => s.title)).toEqual(['First account', 'Second account', 'Third account']);
    const close = result.rows.find((r) => r.cells[0]?.passage.text.includes('close within ninety days'));
    expect(close?.cells[2]?.passage.text).toContain('close within ninety days');
    expect(core.call('compare.sources', { sourceIds: [a] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('finds a selection in the other sources, best first, growing a short selection to its sentence', () => {
    const a = importText(core, first, 'First account');
    const b = importText(core, second, 'Second account');
    const text = readingText(core, a);
    const start = text.indexOf('guards were');
    const result = unwrap(core.call('compare.findPassage', { sourceId: a, start, end: start + 'guards were'.length }));
    expect(result.query.text).toBe('Three guards were wounded.');
    expect(result.matches[0]).toMatchObject({ sourceId: b, sourceTitle: 'Second account' });
    expect(result.matches[0]?.text).toContain('Five guards were wounded');
    expect(core.call('compare.findPassage', { sourceId: a, start: 5, end: 5 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('in a large library, finds the passage in an old source among many newer ones that share a word or two', () => {
    const b = importText(core, second, 'Second account');
    for (let k = 0; k < 210; k += 1) importText(core, `Filler ${k}: the embassy issued visa notice number ${k} on a quiet morning.`, `Filler ${k}`);
    const a = importText(core, first, 'First account');
    const text = readingText(core, a);
    const start = text.indexOf('guards were');
    const result = unwrap(core.call('compare.findPassage', { sourceId: a, start, end: start + 'guards were'.length }));
    expect(result.matches[0]).toMatchObject({ sourceId: b });
  });
});
