// `sourcebench compare --event` and `sourcebench align`: an event built from the sample project (two
// accounts of the Velmora explosion) compared per source with its discrepancies, and two sources aligned.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceAlignment } from '../../../src-main/core/compare/align-sources.ts';
import type { EventComparison } from '../../../src-main/core/compare/compare-event.ts';
import { openCore } from '../../../src-main/core/core.ts';
import { cli, cliJson, tempFolder } from './cli-harness.ts';
import { unwrap } from '../core-harness.ts';

let temp: ReturnType<typeof tempFolder>;
let herald: string;
let riverline: string;
let eventId: string;

beforeEach(() => {
  temp = tempFolder();
  const core = openCore(temp.project);
  try {
    unwrap(core.call('project.loadSample', {}));
    const rows = unwrap(core.call('sources.list', {})).rows;
    herald = rows.find((r) => r.publisher === 'Ostra Valley Herald')?.id ?? '';
    riverline = rows.find((r) => r.publisher === 'Riverline News')?.id ?? '';
    const highlight = (sourceId: string, phrase: string) => {
      const text = unwrap(core.call('sources.get', { id: sourceId })).text;
      const start = text.indexOf(phrase);
      return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length } })).id;
    };
    const made = unwrap(core.call('events.createFromHighlight', { highlightId: highlight(herald, 'Three people were killed and eleven injured'), title: 'Quay Seven explosion' }));
    eventId = made.event.id;
    unwrap(core.call('events.link', { highlightId: highlight(riverline, 'At least five people died and more than twenty were injured'), eventId }));
  } finally {
    core.close();
  }
});
afterEach(() => temp.cleanup());

describe('compare --event', () => {
  it('prints the passages per source and the discrepancies found, in the contract\'s JSON', async () => {
    const result = await cliJson<EventComparison>(['--project', temp.project, 'compare', '--event', eventId]);
    expect(result.event.id).toBe(eventId);
    expect(result.columns.map((c) => c.source.id).sort()).toEqual([herald, riverline].sort());
    const heraldColumn = result.columns.find((c) => c.source.id === herald);
    expect(heraldColumn?.source.publisher).toBe('Ostra Valley Herald');
    expect(heraldColumn?.passages[0]?.exact).toBe('Three people were killed and eleven injured');
    const deaths = result.discrepancies.find((d) => d.key === 'count:deaths');
    expect(deaths?.sources.map((s) => [s.sourceId, s.claims.map((c) => c.display)]).sort()).toEqual(
      [
        [herald, ['3']],
        [riverline, ['at least 5']],
      ].sort(),
    );
    expect(deaths?.resolution).toBeNull();
  });

  it('reads as text: sources, passages with claims, discrepancies with quotes and resolutions', async () => {
    const core = openCore(temp.project);
    unwrap(core.call('discrepancies.resolve', { eventId, key: 'count:deaths', trustedSourceId: riverline, note: 'Hospital list names five.' }));
    core.close();
    const run = await cli(['--project', temp.project, 'compare', '--event', eventId]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Event: Quay Seven explosion');
    expect(run.stdout).toContain('== Three dead after blast at Velmora harbour fuel depot (Ostra Valley Herald, 2025-09-11, news)');
    expect(run.stdout).toContain('[reports]');
    expect(run.stdout).toMatch(/claims: .*deaths: 3/);
    expect(run.stdout).toMatch(/deaths \(count\)\s+key count:deaths/);
    expect(run.stdout).toMatch(/Ostra Valley Herald: 3 {2}"VELMORA — Three people were killed/);
    expect(run.stdout).toContain('Riverline News: at least 5');
    expect(run.stdout).toContain('resolved, trusting Riverline News: Hospital list names five.');
  });

  it('needs --event, and says so when the event does not exist', async () => {
    const missing = await cli(['--project', temp.project, 'compare']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('compare needs --event EVENT');
    const unknown = await cli(['--project', temp.project, 'compare', '--event', 'no-such-event']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^sourcebench: /);
  });
});

describe('align', () => {
  it('prints the aligned passage pairs with their scores, in the contract\'s JSON', async () => {
    const result = await cliJson<SourceAlignment>(['--project', temp.project, 'align', herald, riverline]);
    expect(result.sourceA.id).toBe(herald);
    expect(result.sourceB.id).toBe(riverline);
    expect(result.pairs.length).toBeGreaterThan(2);
    for (const pair of result.pairs) {
      expect(pair.score).toBeGreaterThan(0);
      expect(pair.score).toBeLessThanOrEqual(1);
      expect(pair.diff.length).toBeGreaterThan(0);
    }
    // The mayor's promise, quoted in one and reported in the other, is the sample's planted pair.
    const mayor = result.pairs.find((p) => p.a.text.includes('We will not rest'));
    expect(mayor?.b.text).toContain('would not stop until each family');
  });

  it('reads as a table of scores and quotes, with the unmatched count', async () => {
    const run = await cli(['--project', temp.project, 'align', herald, riverline]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`A: Three dead after blast at Velmora harbour fuel depot  ${herald}`);
    expect(run.stdout).toMatch(/SCORE\s+A AT\s+A\s+B AT\s+B/);
    expect(run.stdout).toMatch(/^0\.\d\d\s+\d+\.\.\d+\s+"/m);
    expect(run.stdout).toMatch(/\d+ aligned pairs; unmatched sentences: \d+ in A, \d+ in B/);
  });

  it('refuses one source, the same source twice and a bad threshold', async () => {
    expect((await cli(['--project', temp.project, 'align', herald])).code).toBe(2);
    expect((await cli(['--project', temp.project, 'align', herald, riverline, '--threshold', 'high'])).code).toBe(2);
    const same = await cli(['--project', temp.project, 'align', herald, herald]);
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('two different sources');
  });
});
