// `sourcebench events`, `event create|show` and `link`: the timeline in date order with source and
// passage counts, events made with dates at a precision and actors, passages linked with a stance.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../../src-main/core/annotations/highlight-types.ts';
import type { EventDetail, EventLink, EventSummary } from '../../../src-main/core/events/event-types.ts';
import { cli, cliJson, importCorpusFile, lines, readingText, snapshot, tempFolder, uniquePhrase } from './cli-harness.ts';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.cleanup());

const run = (...args: string[]) => cli(['--project', temp.project, ...args]);
const json = <T>(...args: string[]) => cliJson<T>(['--project', temp.project, ...args]);

async function highlightIn(file: string, at: number): Promise<Highlight> {
  const sourceId = await importCorpusFile(temp.project, file);
  const text = await readingText(temp.project, sourceId);
  return json<Highlight>('annotate', sourceId, '--quote', uniquePhrase(text, Math.floor(text.length * at)).exact);
}

describe('event create', () => {
  it('creates an event with a date range, precision, place and actors, and prints it', async () => {
    await importCorpusFile(temp.project, 'news-us-warns-embassy-shutdown.txt');
    const event = await json<EventDetail>(
      'event', 'create', '--title', 'Rocket attack on the embassy', '--date', '2020-03', '--end', '2020-04', '--precision', 'approximate',
      '--place', 'Baghdad', '--actor', 'Mike Pompeo', '--actor', 'Kataib Hezbollah',
    );
    expect(event.title).toBe('Rocket attack on the embassy');
    expect(event.date).toEqual({ start: '2020-03', end: '2020-04', precision: 'approximate' });
    expect(event.place).toBe('Baghdad');
    expect(event.actors.map((a) => a.name).sort()).toEqual(['Kataib Hezbollah', 'Mike Pompeo']);
    expect(event.counts.sources).toBe(0);

    const text = await run('event', 'create', '--title', 'Talks', '--date', '2020-01-03', '--precision', 'before');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^created {2}\S+ {2}before 3 January 2020 {2}Talks\n$/);
  });

  it('takes the precision from the date when none is given, and allows an undated event', async () => {
    await importCorpusFile(temp.project, 'news-us-warns-embassy-shutdown.txt');
    expect((await json<EventDetail>('event', 'create', '--title', 'A', '--date', '2019')).date).toEqual({ start: '2019', end: null, precision: 'year' });
    expect((await json<EventDetail>('event', 'create', '--title', 'B')).date).toEqual({ start: null, end: null, precision: 'unknown' });
  });

  it('refuses a mistyped command (exit 2) and an impossible date (exit 1), leaving the project as it was', async () => {
    await importCorpusFile(temp.project, 'news-us-warns-embassy-shutdown.txt');
    const before = snapshot(temp.project);
    const usage: [string[], RegExp][] = [
      [['event', 'create'], /needs --title/],
      [['event', 'create', '--title', 'X', '--date', '3 March 2020'], /--date needs a date as YYYY/],
      [['event', 'create', '--title', 'X', '--date', '2020', '--precision', 'roughly'], /--precision is one of day, month/],
      [['event', 'create', '--title', 'X', '--end', '2020'], /--end goes with --date/],
      [['event'], /needs an action/],
      [['event', 'remove'], /unknown action "remove"/],
    ];
    for (const [args, message] of usage) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(lines(result.stderr)).toHaveLength(2);
    }
    const impossible = await run('event', 'create', '--title', 'X', '--date', '2020-02-30', '--json');
    expect(impossible.code).toBe(1);
    expect(lines(impossible.stderr)).toHaveLength(1);
    expect(impossible.stderr).toContain('is not a date');
    expect(JSON.parse(impossible.stdout)).toMatchObject({ error: { code: 'invalid_input' } });
    const backwards = await run('event', 'create', '--title', 'X', '--date', '2020-05', '--end', '2020-04');
    expect(backwards.code).toBe(1);
    expect(backwards.stderr).toContain('before it starts');
    expect(snapshot(temp.project)).toEqual(before);
  });
});

describe('link and events', () => {
  it('lists events in timeline order with the sources and passages that report or dispute them', async () => {
    const brief = await highlightIn('news-us-warns-embassy-shutdown.txt', 0.3);
    const analysis = await highlightIn('analysis-embassy-attacks-motives.txt', 0.4);
    const later = await json<EventDetail>('event', 'create', '--title', 'Embassy closure warning', '--date', '2020-09-20', '--place', 'Baghdad');
    const earlier = await json<EventDetail>('event', 'create', '--title', 'Rocket attacks', '--date', '2020', '--precision', 'approximate');
    await json<EventDetail>('event', 'create', '--title', 'Undated rumour');

    const link = await json<EventLink>('link', brief.id, later.id, '--stance', 'reports');
    expect(link).toMatchObject({ highlightId: brief.id, eventId: later.id, stance: 'reports' });
    const text = await run('link', analysis.id, later.id, '--stance', 'disputes');
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(`linked  ${analysis.id}  disputes  ${later.id} "Embassy closure warning"\n`);

    const page = await json<{ rows: EventSummary[]; total: number }>('events');
    expect(page.total).toBe(3);
    expect(page.rows.map((e) => e.title)).toEqual(['Rocket attacks', 'Embassy closure warning', 'Undated rumour']);
    expect(page.rows[1]?.counts).toMatchObject({ passages: 2, sources: 2, reports: 1, disputes: 1, sourcesReporting: 1, sourcesDisputing: 1 });

    const table = lines((await run('events')).stdout);
    expect(table[0]).toMatch(/^DATE\s+TITLE\s+PLACE\s+ACTORS\s+SOURCES\s+PASSAGES\s+ID$/);
    expect(table[1]).toMatch(new RegExp(`^c\\. 2020\\s+Rocket attacks\\s+-\\s+-\\s+0\\s+0\\s+${earlier.id}$`));
    expect(table[2]).toMatch(new RegExp(`^20 September 2020\\s+Embassy closure warning\\s+Baghdad\\s+-\\s+2 \\(1 dispute\\)\\s+2 \\(1 dispute\\)\\s+${later.id}$`));
    expect(table[3]).toMatch(/^Undated\s+Undated rumour/);
    expect(table.at(-1)).toBe('3 events');

    // Linking again changes the stance; show prints the passages by source.
    await json<EventLink>('link', analysis.id, later.id, '--stance', 'context');
    const shown = await json<EventDetail>('event', 'show', later.id);
    expect(shown.passages.map((p) => [p.highlightId, p.stance]).sort()).toEqual([[analysis.id, 'context'], [brief.id, 'reports']].sort());
    expect((await run('event', 'show', later.id)).stdout).toContain(`reports   "${brief.exact}"  ${brief.id}`);
  });

  it('refuses a missing or unknown stance (exit 2) and unknown ids (exit 1)', async () => {
    const brief = await highlightIn('news-us-warns-embassy-shutdown.txt', 0.3);
    const event = await json<EventDetail>('event', 'create', '--title', 'X');
    const missing = await run('link', brief.id, event.id);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('link needs --stance')]);
    const wrong = await run('link', brief.id, event.id, '--stance', 'supports');
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringContaining('--stance is one of reports, disputes, context')]);
    expect((await run('link', brief.id, '--stance', 'reports')).code).toBe(2);
    const unknown = await run('link', brief.id, 'no-such-event', '--stance', 'reports');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('sourcebench: No event with id no-such-event.\n');
  });

  it('says how to begin when there are no events', async () => {
    await importCorpusFile(temp.project, 'news-us-warns-embassy-shutdown.txt');
    const empty = await run('events');
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('No events yet');
    expect(await json<{ rows: EventSummary[]; total: number }>('events')).toEqual({ rows: [], total: 0 });
  });
});
