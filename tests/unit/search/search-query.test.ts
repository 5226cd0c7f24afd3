// search.query on real imported text: results grouped by kind, ranked, with
// snippets as structured parts and offsets that land on the matched words.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { freshCore, importText, readingText, unwrap } from '../core-harness.ts';
import { group, ids, importCorpus, insertEvent, marked, matchedWords, search } from './search-helpers.ts';

let core: Core;
let sources: string[];
beforeEach(() => {
  core = freshCore();
  sources = importCorpus(core);
});
afterEach(() => core.close());

function highlight(sourceId: string, phrase: string, note = '') {
  const start = readingText(core, sourceId).indexOf(phrase);
  if (start === -1) throw new Error(`"${phrase}" is not in the text`);
  return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length }, note }));
}

describe('search.query', () => {
  it('answers every kind, in a fixed order, with counts', () => {
    const groups = search(core, 'Pompeo');
    expect(groups.map((g) => g.kind)).toEqual(['sources', 'highlights', 'notes', 'events']);
    const sourcesGroup = groups[0];
    expect(sourcesGroup?.total).toBe(sourcesGroup?.results.length);
    expect(sourcesGroup?.totalExact).toBe(true);
    expect(new Set(sourcesGroup?.results.map((r) => r.id))).toEqual(new Set(sources.filter((id) => /pompeo/i.test(readingText(core, id)))));
  });

  it('gives each source result an offset that lands on the first match in its reading text', () => {
    for (const result of group(core, 'Pompeo', 'sources').results) {
      const text = readingText(core, result.id);
      expect(result.sourceId).toBe(result.id);
      expect(result.offset).toBe(text.search(/\bPompeo\b/));
    }
  });

  it('marks the matched words in the snippet as parts, never as markup', () => {
    const [result] = group(core, 'Katyusha rockets', 'sources').results;
    expect(result).toBeDefined();
    const words = matchedWords(result?.snippet ?? []).map((w) => w.toLowerCase());
    expect(words).toContain('katyusha');
    expect(words).toContain('rockets');
    expect(marked(result?.snippet ?? [])).not.toMatch(/<[a-z]/i);
    for (const part of result?.snippet ?? []) expect(Object.keys(part).sort()).toEqual(['match', 'text']);
  });

  it('finds phrases and prefixes, and lands on them', () => {
    const phrase = group(core, '"Iran-backed militias"', 'sources').results;
    expect(phrase.length).toBeGreaterThan(0);
    for (const r of phrase) expect(readingText(core, r.id).slice(r.offset, (r.offset ?? 0) + 20)).toMatch(/^Iran-backed militias/i);
    const prefix = group(core, 'Katyush*', 'sources').results;
    expect(prefix.length).toBeGreaterThan(0);
    for (const r of prefix) expect(readingText(core, r.id).slice(r.offset)).toMatch(/^Katyush/i);
  });

  it('follows OR and NOT', () => {
    const either = ids(core, 'Soleimani OR Katyusha', 'sources');
    const soleimani = ids(core, 'Soleimani', 'sources');
    const katyusha = ids(core, 'Katyusha', 'sources');
    expect(new Set(either)).toEqual(new Set([...soleimani, ...katyusha]));
    expect(ids(core, 'Soleimani NOT Katyusha', 'sources')).toEqual(soleimani.filter((id) => !katyusha.includes(id)));
  });

  it('follows NEAR: words close together match, far apart do not', () => {
    const text = 'The rockets fell short. '.concat('Nothing else happened that day. '.repeat(10), 'The compound held.');
    const id = importText(core, text, 'Near test');
    expect(ids(core, 'NEAR(rockets fell, 2)', 'sources')).toContain(id);
    expect(ids(core, 'NEAR(rockets compound, 5)', 'sources')).not.toContain(id);
    expect(ids(core, 'rockets NEAR/80 compound', 'sources')).toContain(id);
  });

  it('ranks a match in the title above one in the body', () => {
    const inBody = importText(core, `A long report. ${'Filler words about other things. '.repeat(5)}Zanzibar appears once.`, 'Report on ports');
    const inTitle = importText(core, `A short note on shipping. ${'Filler words about other things. '.repeat(5)}`, 'Zanzibar harbour');
    expect(ids(core, 'Zanzibar', 'sources')).toEqual([inTitle, inBody]);
  });

  it('gives no offset when only the title matched, and a snippet from the start', () => {
    const id = importText(core, 'The body talks about something else entirely.', 'Quarterly Xylophone review');
    const [result] = group(core, 'xylophone', 'sources').results;
    expect(result?.id).toBe(id);
    expect(result?.offset).toBeUndefined();
    expect(matchedWords(result?.snippet ?? [])).toEqual([]);
  });

  it('finds highlight quotes and notes in their own groups, opening at the highlight', () => {
    const h = highlight(sources[0] ?? '', 'Katyusha', 'Check the calibre against the other reports');
    const quotes = group(core, 'katyusha', 'highlights').results;
    expect(quotes).toEqual([{ id: h.id, sourceId: h.sourceId, title: expect.any(String), snippet: [{ text: 'Katyusha', match: true }], offset: h.start }]);
    expect(group(core, 'katyusha', 'notes').results).toEqual([]);
    const notes = group(core, 'calibre', 'notes').results;
    expect(notes.map((r) => [r.id, r.offset])).toEqual([[h.id, h.start]]);
    expect(marked(notes[0]?.snippet ?? [])).toBe('Check the [calibre] against the other reports');
    expect(group(core, 'calibre', 'highlights').results).toEqual([]);
  });

  it('finds events by title and by description', () => {
    insertEvent(core, 'e1', 'Rocket attack on the embassy compound', 'Night of 28 September');
    insertEvent(core, 'e2', 'Phone call', 'Pompeo warns the prime minister');
    expect(group(core, 'compound', 'events').results.map((r) => [r.id, marked(r.snippet)])).toEqual([['e1', 'Rocket attack on the embassy [compound]']]);
    const byDescription = group(core, 'warns', 'events').results;
    expect(byDescription.map((r) => [r.id, r.title, marked(r.snippet)])).toEqual([['e2', 'Phone call', 'Pompeo [warns] the prime minister']]);
  });

  it('searches as you type: the last word is a prefix until a space follows it', () => {
    expect(group(core, 'Katyu', 'sources').results).toEqual([]);
    expect(search(core, 'Katyu', { kinds: ['sources'], asYouType: true })[0]?.results.length).toBeGreaterThan(0);
  });

  it('keeps to the kinds and the limit asked for', () => {
    const groups = search(core, 'embassy', { kinds: ['events', 'sources'], limit: 1 });
    expect(groups.map((g) => g.kind)).toEqual(['sources', 'events']);
    expect(groups[0]?.results).toHaveLength(1);
    expect(groups[0]?.total).toBeGreaterThan(1);
  });

  it('answers a blank box with no groups, and an unreadable query with a plain message', () => {
    expect(search(core, '   ')).toEqual([]);
    const refused = core.call('search.query', { query: '(embassy OR rockets' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/bracket is opened but never closed/) } });
    expect(JSON.stringify(refused)).not.toMatch(/fts5|syntax error/i);
  });

  it('reports how long it took', () => {
    expect(unwrap(core.call('search.query', { query: 'embassy' })).tookMs).toBeGreaterThanOrEqual(0);
  });
});
