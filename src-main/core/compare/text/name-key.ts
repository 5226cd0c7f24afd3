// How two spellings of one name are recognised: an exact match key (case, accents, apostrophes,
// hyphens and the Arabic article folded) and a looser transliteration skeleton for variants.

import { fold } from './words.ts';

const articles = /^(?:al|el|ul|ad|ar|as|ash|at|az|an)[-\s]/u;
const honorifics = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'gen', 'general', 'prof', 'sheikh', 'sayyid']);

/** Exact identity of a name as written: "Al-Kazemi" and "al Kazemi" share it, "Kazemi" and "Kadhimi" do not. */
export function matchKey(name: string): string {
  return fold(name)
    .replace(/['"“”‘’`.]/gu, '')
    .replace(/[-\s]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((part) => part !== '' && !honorifics.has(part))
    .map((part) => part.replace(articles, ''))
    .join(' ')
    .replace(/^the /u, '');
}

/**
 * A consonant skeleton of one word after folding common transliteration choices, so that
 * Kadhimi / Kazemi, Kata'ib / Kataeb, Voronyev / Voroniev or Soleimani / Suleimani meet.
 */
const skeletons = new Map<string, string>();

export function skeleton(word: string): string {
  const known = skeletons.get(word);
  if (known !== undefined) return known;
  const w = transliterated(word);
  const first = w[0] ?? '';
  // Vowels (and y acting as one) carry most of the variation; keep the first letter whatever it is.
  const result = first + w.slice(1).replace(/[aeiouy]/gu, '');
  if (skeletons.size > 50_000) skeletons.clear();
  skeletons.set(word, result);
  return result;
}

/** The word with common transliteration choices folded (dh → z, kh → k, q → k, w → v …), vowels kept. */
function transliterated(word: string): string {
  // The article goes first, while its hyphen or space still marks it ("al-Kadhimi", not "Alireza").
  let w = fold(word).trim().replace(articles, '').replace(/['"`.\s-]/gu, '');
  const folds: [RegExp, string][] = [
    [/dh|th|tz|ts|dz/gu, 'z'],
    [/kh|ch|ck|q|c(?=[aou])/gu, 'k'],
    [/gh/gu, 'g'],
    [/ph/gu, 'f'],
    [/sh|sch/gu, 's'],
    [/ou/gu, 'u'],
    [/w/gu, 'v'],
    [/j/gu, 'y'],
    [/(.)\1/gu, '$1'],
  ];
  for (const [pattern, replacement] of folds) w = w.replace(pattern, replacement);
  return w;
}

/**
 * Surname-level comparison: the same skeleton, and close once vowels are folded too (e≈i, o≈u), so that
 * Kadhimi ~ Kazemi and Kataeb ~ Kata'ib meet but Soleimani and Silliman, or Port and Party, do not.
 */
export function sameNameWord(a: string, b: string): boolean {
  const fa = fold(a).replace(articles, '');
  const fb = fold(b).replace(articles, '');
  if (fa === fb) return true;
  const va = vowelFolded(a);
  const vb = vowelFolded(b);
  // Short first names differ by a vowel at most ("Ilya" / "Ilia").
  if (va === vb) return true;
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa.length < 3 || sa !== sb) return false;
  return levenshtein(va, vb) <= Math.max(1, Math.floor(0.2 * Math.max(va.length, vb.length)));
}

function vowelFolded(word: string): string {
  return transliterated(word).replace(/[ey]/gu, 'i').replace(/o/gu, 'u').replace(/(.)\1/gu, '$1');
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Whether two full names can be the same one: every word of the shorter name has a variant in the
 * longer, in order, and the last words (surnames) agree. "Kazemi" ~ "Mustafa al-Kadhimi".
 */
export function namesMatch(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (!sameNameWord(short.at(-1) ?? '', long.at(-1) ?? '')) return false;
  let at = 0;
  for (const word of short.slice(0, -1)) {
    while (at < long.length - 1 && !sameNameWord(word, long[at] ?? '')) at += 1;
    if (at >= long.length - 1) return false;
    at += 1;
  }
  return true;
}

export function nameWords(name: string): string[] {
  return matchKey(name).split(' ').filter((w) => w !== '');
}
