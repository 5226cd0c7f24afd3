// Reads every claim of a source, sentence by sentence in reading order (dates first, so their numbers are
// not counted; then counts and quantities, actors and places), carrying the story's clock and the last
// thing counted from one sentence to the next. Callers keep the claims of the sentences they care about.

import { segment, type Segmented } from '../text/segment.ts';
import { stopWords, words, type Word } from '../text/words.ts';
import { extractActors, type NameMention } from './actors/extract-actors.ts';
import type { EntityIndex } from './actors/resolve-names.ts';
import type { DayRange } from './dates/calendar.ts';
import { extractDateClaims, type DateMemory } from './dates/extract-dates.ts';
import { wordGaps } from './happenings.ts';
import { extractNumberClaims, type NumberMemory } from './numbers/extract-numbers.ts';
import { extractPlaces } from './places/extract-places.ts';
import type { Claim } from './types.ts';

export interface SourceClaims {
  segmented: Segmented;
  /** Claims with the index of the sentence they were read from. */
  claims: (Claim & { sentence: number })[];
  mentions: (NameMention & { sentence: number })[];
}

export interface ClaimReferences {
  /** The source's publication day, if known. */
  published: number | null;
  /** The event's dates, if known: the fallback for "in January" when the source has no date. */
  event: DayRange | null;
}

/** A headline in title case: no full stop, and most words, small ones aside, start with a capital. */
function isTitleCase(text: string, ws: readonly Word[]): boolean {
  if (/[.!?]["'”’)]?\s*$/u.test(text)) return false;
  const content = ws.filter((w) => !stopWords.has(w.norm) && !w.numeric);
  return content.length >= 4 && content.filter((w) => w.capitalized).length / content.length > 0.75;
}

/** A bibliography entry ("3- Wahab Bilal and others, …, published at the following link:") makes no claims. */
function isReference(text: string, segmented: Segmented, paragraph: number): boolean {
  const first = segmented.paragraphs[paragraph]?.sentences[0];
  const opening = first === undefined ? text : (segmented.sentences[first]?.text ?? text);
  return /^\s*(?:\[\d{1,3}\]|\d{1,3}\s*[-–.)])\s+\p{Lu}/u.test(opening) && /\b(?:published|link|available|retrieved|accessed)\b/iu.test(text);
}

export function extractSourceClaims(text: string, refs: ClaimReferences, entities: EntityIndex, segmented = segment(text)): SourceClaims {
  const claims: SourceClaims['claims'] = [];
  const mentions: SourceClaims['mentions'] = [];
  const dateMemory: DateMemory = { anchor: null, paragraph: -1 };
  const numberMemory: NumberMemory = { last: null, paragraph: -1 };
  const sentenceWords: Word[][] = segmented.sentences.map((s) => words(s.text, s.start));
  segmented.sentences.forEach((sentence, index) => {
    const ws = sentenceWords[index] ?? [];
    const gaps = wordGaps(sentence.text, sentence.start, ws);
    const next = segmented.sentences[index + 1];
    const nextWords = next !== undefined && next.paragraph === sentence.paragraph ? (sentenceWords[index + 1] ?? null) : null;
    const base = { text: sentence.text, start: sentence.start, paragraph: sentence.paragraph, words: ws, gaps };
    const dates = extractDateClaims({ ...base, nextWords }, refs, dateMemory);
    const numbers = extractNumberClaims({ ...base, taken: dates.taken }, numberMemory);
    const actors = extractActors(base, entities);
    // Headlines capitalise every word, so capitals say nothing about roles and places there.
    const headline = isTitleCase(sentence.text, ws);
    const places = headline ? [] : extractPlaces(base, entities);
    const read = [...dates.claims, ...numbers, ...(headline ? [] : actors.claims), ...places];
    if (isReference(sentence.text, segmented, sentence.paragraph)) return;
    for (const claim of read) claims.push({ ...claim, sentence: index });
    for (const mention of actors.mentions) mentions.push({ ...mention, sentence: index });
  });
  return { segmented, claims, mentions };
}
