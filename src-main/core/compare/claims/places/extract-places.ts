// Where a happening took place, in one sentence: a capitalised place after "in", "at", "on", "near",
// "north of" … ("killed in Baghdad", "exploded in the harbour of Velmora"), tied to the happening word.
// Only happenings from the lexicon get place claims; a guessed verb is too weak a link for a place.

import { matchKey } from '../../text/name-key.ts';
import { stopWords, type Word } from '../../text/words.ts';
import { findEntity, type EntityIndex } from '../actors/resolve-names.ts';
import { nationalities } from '../actors/titles.ts';
import { monthNames, weekdayNames } from '../dates/calendar.ts';
import { happeningAround } from '../happenings.ts';
import type { Claim } from '../types.ts';

export interface PlaceContext {
  text: string;
  start: number;
  words: readonly Word[];
  gaps: readonly string[];
}

// "on" and "around" are left out: "called on Kadhimi", "attacks on U.S. interests" name people and adjectives too often.
const prepositions = new Set(['in', 'at', 'near', 'outside', 'inside']);
// Capitalised adjectives of people and faiths are not places ("in Shiite areas").
const adjectives = new Set(['shiite', "shi'ite", 'sunni', 'kurdish', 'christian', 'muslim', 'jewish', 'arab', 'western', 'eastern']);
const directions = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
// "in the southern Iraqi city of Basra", "in the harbour of Velmora": a kind of place, then "of" and its name.
const placeNouns = new Set(['city', 'town', 'village', 'province', 'port', 'harbour', 'harbor', 'capital', 'region', 'district', 'suburb', 'county', 'state']);
// Capitalised words that name organisations, people's titles or times rather than places.
const notPlaceWords = new Set([
  ...monthNames, ...weekdayNames, 'authority', 'board', 'ministry', 'council', 'service', 'agency', 'institute', 'center', 'centre',
  'department', 'forces', 'party', 'movement', 'group', 'news', 'police', 'government', 'command', 'corps', 'committee', 'office',
  'president', 'minister', 'general', 'secretary', 'mr', 'mrs', 'ms', 'dr',
]);

export function extractPlaces(ctx: PlaceContext, entities: EntityIndex): Claim[] {
  const ws = ctx.words;
  const claims: Claim[] = [];
  for (let k = 0; k < ws.length; k += 1) {
    const w = ws[k];
    if (w === undefined) continue;
    let at = -1;
    let near = false;
    if (prepositions.has(w.norm)) at = k + 1;
    else if (directions.has(w.norm) && ws[k + 1]?.norm === 'of') {
      at = k + 2;
      near = true;
    }
    if (at === -1) continue;
    // Skip "the" and a kind of place with its adjectives: "the southern Iraqi city of Basra".
    let p = at;
    if (ws[p]?.norm === 'the') p += 1;
    for (let q = p; q < Math.min(ws.length, p + 5); q += 1) {
      if (placeNouns.has(ws[q]?.norm ?? '') && ws[q + 1]?.norm === 'of') {
        p = q + 2;
        break;
      }
      if (/[,;.]/u.test(ctx.gaps[q + 1] ?? '')) break;
    }
    const first = p;
    let end = first;
    while (end < ws.length && end - first < 3 && isPlaceWord(ws[end]) && (end === first || /^\s+$/u.test(ctx.gaps[end] ?? ''))) end += 1;
    if (end === first) continue;
    // A place name is not followed by a possessive title or a verb of saying ("in Washington said" is rare; "Baghdad's" fine).
    const name = ws.slice(first, end).map((x) => x.text).join(' ').replace(/['’]s$/u, '');
    if (ws.slice(first, end).some((x) => notPlaceWords.has(x.norm) || adjectives.has(x.norm) || x.norm in nationalities)) continue;
    // "U.S. interests", "American facilities": a name used as an adjective before a plural noun.
    const after = ws[end];
    if (after !== undefined && !after.capitalized && /^\s+$/u.test(ctx.gaps[end] ?? '') && /[^s]s$/u.test(after.norm) && !stopWords.has(after.norm)) continue;
    const happening = happeningAround(ws, k, end, ctx.gaps);
    if (happening.type !== 'subject' || happening.subject.key.startsWith('verb:')) continue;
    const entity = findEntity(entities, name);
    const firstWord = ws[first];
    const lastWord = ws[end - 1];
    if (firstWord === undefined || lastWord === undefined) continue;
    claims.push({
      kind: 'place',
      subject: happening.subject.key,
      subjectLabel: `place of the ${happening.subject.label}`,
      value: { kind: 'place', key: entity === null ? `name:${matchKey(name)}` : `entity:${entity.id}`, name: entity?.name ?? name },
      display: near ? `near ${name}` : name,
      start: firstWord.start,
      end: lastWord.end,
      text: name,
      excluded: null,
    });
    k = end - 1;
  }
  return claims;
}

function isPlaceWord(w: Word | undefined): boolean {
  if (w === undefined || w.numeric) return false;
  if (!w.capitalized || stopWords.has(w.norm)) return false;
  return true;
}
