// What a passage is compared on: the stems of its content words, numbers by value ("three" = "3"),
// a transliteration skeleton for names (Kadhimi ~ Kazemi) and a class for common news synonyms
// (killed ~ died, troops ~ soldiers), each a sparse feature counted once per occurrence.

import { countedThings, happenings } from '../claims/lexicon.ts';
import { isNumberWord, readNumber } from '../claims/numbers/number-words.ts';
import { skeleton } from '../text/name-key.ts';
import { stopWords, words } from '../text/words.ts';

export type FeatureCounts = Map<string, number>;

export function featuresOf(text: string): FeatureCounts {
  const counts: FeatureCounts = new Map();
  const add = (feature: string, weight = 1) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  const ws = words(text);
  for (let k = 0; k < ws.length; k += 1) {
    const w = ws[k];
    if (w === undefined) continue;
    if (w.numeric || isNumberWord(w.norm)) {
      const value = readNumber(ws, k);
      if (value !== null) add(`#${value.min}`);
      continue;
    }
    if (stopWords.has(w.norm) && w.norm !== 'not' && w.norm !== 'no') continue;
    add(w.stem);
    // A name's other spellings share its skeleton.
    const shape = w.capitalized && w.norm.length >= 4 ? skeleton(w.norm) : '';
    if (shape.length >= 3) add(`~${shape}`, 0.5);
    // A word can name both a counted thing and a happening ("blast"); both classes are features.
    const counted = countedThings.get(w.norm);
    if (counted !== undefined) add(`=${counted.key}`, 0.5);
    const happening = happenings.get(w.norm);
    if (happening !== undefined) add(`@${happening.key}`, 0.5);
  }
  return counts;
}
