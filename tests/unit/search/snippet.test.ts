// Snippets as parts: the window chosen, matches marked as SQLite's tokenizer
// would match them (case, accents, prefixes, phrases), and the first match's offset.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches, tokenMatches } from '../../../src-main/core/search/find-matches.ts';
import { positivePhrases } from '../../../src-main/core/search/fts-match.ts';
import { parseQuery } from '../../../src-main/core/search/query-parser.ts';
import { buildSnippet } from '../../../src-main/core/search/snippet.ts';
import { marked } from './search-helpers.ts';

function snippet(text: string, query: string, length?: number) {
  const root = parseQuery(query);
  if (root === null) throw new Error('empty query');
  return buildSnippet(text, positivePhrases(root), length === undefined ? {} : { length });
}

describe('buildSnippet', () => {
  it('marks whole words only, ignoring case and accents', () => {
    const s = snippet('The Émigré met émigrés and an EMIGRE.', 'emigre');
    expect(marked(s.parts)).toBe('The [Émigré] met émigrés and an [EMIGRE].');
    expect(s.firstMatch).toBe(4);
  });

  it('marks prefixes and phrases, and not phrase words apart', () => {
    expect(marked(snippet('rocket attacks; rockets attacked', '"rocket attack"*').parts)).toBe('[rocket attacks]; rockets attacked');
    expect(marked(snippet('Rockets, rocketry and a rock.', 'rocket*').parts)).toBe('[Rockets], [rocketry] and a rock.');
  });

  it('does not mark what NOT excludes', () => {
    expect(marked(snippet('embassy and drone', 'embassy NOT drone').parts)).toBe('[embassy] and drone');
  });

  it('cuts a window around the part that shows the most different words, on word boundaries', () => {
    const text = `${'alpha filler words here. '.repeat(20)}beta and gamma together. ${'more filler text. '.repeat(20)}`;
    const s = snippet(text, 'alpha OR (beta gamma)', 80);
    expect(marked(s.parts)).toMatch(/^….*\[beta\] and \[gamma\] together\..*…$/);
    expect(s.firstMatch).toBe(0); // the first match is still reported, for opening the source
    expect(s.parts[0]?.text.startsWith('…')).toBe(true);
  });

  it('puts a lone match a little after the start of the window', () => {
    const text = `${'word '.repeat(100)}needle ${'word '.repeat(100)}`;
    const s = snippet(text, 'needle', 100);
    const shown = marked(s.parts);
    expect(shown.indexOf('[needle]')).toBeGreaterThan(10);
    expect(shown.indexOf('[needle]')).toBeLessThan(40);
    expect(s.firstMatch).toBe(text.indexOf('needle'));
  });

  it('shows one line: line breaks become spaces', () => {
    expect(marked(snippet('first line\n\nsecond\tline', 'second').parts)).toBe('first line [second] line');
  });

  it('starts at the top, unmarked, when nothing in the text matches', () => {
    const s = snippet('Nothing relevant in this body.', 'zanzibar');
    expect(s).toEqual({ parts: [{ text: 'Nothing relevant in this body.', match: false }], firstMatch: null });
  });
});

describe('findMatches', () => {
  it('finds what the full token scan finds, on generated ASCII text', () => {
    const word = fc.constantFrom('rocket', 'rockets', 'attack', 'at', 'embassy', 'a', 'the', 'Rocket', 'ROCKET', 'x1', '10');
    const sep = fc.constantFrom(' ', ', ', '. ', '\n\n', '-', "'", '"', '(', ') ');
    const text = fc.array(fc.tuple(word, sep), { maxLength: 60 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    const query = fc.constantFrom('rocket', 'rocket*', '"rocket attack"', '"rocket attack"*', 'at*', 'a', 'embassy OR the', 'x1', '10', '"the rocket" OR at');
    fc.assert(
      fc.property(text, query, (t, q) => {
        const root = parseQuery(q);
        if (root === null) return;
        const phrases = positivePhrases(root);
        const key = (m: { start: number; end: number }) => `${m.start}-${m.end}`;
        expect(findMatches(t, phrases).map(key).sort()).toEqual(tokenMatches(t, phrases).map(key).sort());
      }),
      { numRuns: 500 },
    );
  });
});
