// The sample project every interchange test exports: the built-in sample
// documents plus one text with astral characters, highlighted, tagged (with a
// hierarchy), annotated, and tied to dated events.

import { readFileSync, writeFileSync } from 'node:fs';
import type { Core } from '../../../src-main/core/core.ts';
import { newStagedName, stagedPath } from '../../../src-main/core/project/staging.ts';
import { freshCore, importText, readingText, unwrap } from '../core-harness.ts';

export const astralText = 'Greek 𝔘nion 😀 report: the 🚀 rocket hit the depot at 𝔘-3 before dawn, witnesses said 👀.';

export interface SampleHighlight {
  id: string;
  sourceId: string;
  start: number;
  end: number;
  exact: string;
  note: string;
  tagNames: string[];
}

export interface SampleProject {
  core: Core;
  sourceIds: string[];
  astralSourceId: string;
  highlights: SampleHighlight[];
  tags: { casualties: string; deaths: string; cause: string };
  events: { explosion: string; inquiry: string };
  links: { highlightId: string; eventId: string; stance: string }[];
}

/** Every sample source gets an address, so another project holding the same sources can match them. */
export function giveUrls(core: Core): void {
  const { rows } = unwrap(core.call('sources.list', {}));
  for (const row of rows) {
    const slug = row.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40);
    unwrap(core.call('sources.update', { id: row.id, patch: { url: `https://example.org/${slug}` } }));
  }
}

export function loadSampleWithAstral(core: Core): { sourceIds: string[]; astralSourceId: string } {
  unwrap(core.call('project.loadSample', {}));
  const astralSourceId = importText(core, astralText, 'Astral witness');
  giveUrls(core);
  const { rows } = unwrap(core.call('sources.list', { limit: 100 }));
  return { sourceIds: rows.map((r) => r.id), astralSourceId };
}

function passage(core: Core, sourceId: string, words: string): { start: number; end: number } {
  const text = readingText(core, sourceId);
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in the source`);
  return { start, end: start + words.length };
}

export function buildSampleProject(): SampleProject {
  const core = freshCore();
  const { sourceIds, astralSourceId } = loadSampleWithAstral(core);
  const casualties = unwrap(core.call('tags.create', { name: 'Casualties', color: 'red' })).id;
  const deaths = unwrap(core.call('tags.create', { name: 'Deaths', parentId: casualties, color: 'purple' })).id;
  const cause = unwrap(core.call('tags.create', { name: 'Cause & "origin"', color: 'blue' })).id;
  const names = new Map([[casualties, 'Casualties'], [deaths, 'Deaths'], [cause, 'Cause & "origin"']]);
  const highlights: SampleHighlight[] = [];
  const add = (sourceId: string, start: number, end: number, note: string, tagIds: string[]) => {
    const h = unwrap(core.call('annotations.create', { sourceId, target: { start, end }, note, tagIds }));
    highlights.push({ id: h.id, sourceId, start, end, exact: h.exact, note, tagNames: tagIds.map((t) => names.get(t) ?? '') });
    return h.id;
  };
  // Two passages per sample document: its first line of words, and a later one.
  for (const sourceId of sourceIds.filter((id) => id !== astralSourceId)) {
    const text = readingText(core, sourceId);
    const firstWords = /\S[^\n]{20,60}\S/u.exec(text);
    if (!firstWords) throw new Error('sample text without a line');
    add(sourceId, firstWords.index, firstWords.index + firstWords[0].length, `First line of ${sourceId.slice(-4)}`, [casualties]);
    const later = /\S[^\n]{30,80}\S/u.exec(text.slice(Math.floor(text.length / 2)));
    if (!later) throw new Error('sample text without a later line');
    const at = Math.floor(text.length / 2) + later.index;
    add(sourceId, at, at + later[0].length, '', [deaths, cause]);
  }
  // After astral characters, so UTF-16 and code-point offsets differ.
  const rocket = passage(core, astralSourceId, 'rocket hit the depot at 𝔘-3');
  const rocketId = add(astralSourceId, rocket.start, rocket.end, 'Witness 👀 says 𝔘-3 <b>bold</b>', [cause]);
  const witnesses = passage(core, astralSourceId, 'witnesses said 👀');
  const witnessesId = add(astralSourceId, witnesses.start, witnesses.end, 'multi\nline note, with "quotes"', []);
  const explosion = unwrap(core.call('events.create', { title: 'Depot explosion', date: { start: '2024-03-14', precision: 'day' }, place: 'Velmora' })).id;
  const inquiry = unwrap(core.call('events.create', { title: 'Inquiry <opens>', date: { start: '2024-04', precision: 'approximate' }, description: 'An inquiry & a report' })).id;
  unwrap(core.call('events.create', { title: 'Undated rumour' }));
  const links = [
    { highlightId: rocketId, eventId: explosion, stance: 'reports' },
    { highlightId: witnessesId, eventId: explosion, stance: 'disputes' },
    { highlightId: highlights[0]?.id ?? '', eventId: inquiry, stance: 'context' },
  ];
  for (const link of links) unwrap(core.call('events.link', link as { highlightId: string; eventId: string; stance: 'reports' }));
  return { core, sourceIds, astralSourceId, highlights, tags: { casualties, deaths, cause }, events: { explosion, inquiry }, links };
}

export function readStaged(core: Core, file: string): Buffer {
  return readFileSync(stagedPath(core.project, file));
}

export function highlightsOf(core: Core): { sourceUrl: string | null; start: number | null; end: number | null; exact: string; note: string; tags: string[]; status: string }[] {
  const rows = core.project.db
    .prepare(
      `SELECT s.url AS sourceUrl, h.start, h."end", h.exact, h.note, h.status,
              (SELECT json_group_array(t.name) FROM (SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = h.id ORDER BY t.name) t) AS tags
       FROM highlights h JOIN sources s ON s.id = h.source_id ORDER BY s.title, h.start`,
    )
    .all() as { sourceUrl: string | null; start: number | null; end: number | null; exact: string; note: string; tags: string; status: string }[];
  return rows.map((r) => ({ ...r, tags: JSON.parse(r.tags) as string[] }));
}

/** Puts bytes into the project's staging folder as a host would, returning the staged name. */
export function stageBytes(core: Core, data: string | Uint8Array, extension: string): string {
  const name = newStagedName(extension);
  writeFileSync(stagedPath(core.project, name), data);
  return name;
}

export function tableCounts(core: Core): Record<string, number> {
  const count = (table: string) => (core.project.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return Object.fromEntries(['sources', 'source_revisions', 'highlights', 'tags', 'highlight_tags', 'events', 'event_links', 'undo_log'].map((t) => [t, count(t)]));
}
