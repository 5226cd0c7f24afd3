// The text's language when the statistics are sure: the same language must win for the
// whole sample and for each third of it, otherwise we leave the field empty. Function words
// settle clear-cut prose cheaply; franc's trigrams decide the rest. The sample is bounded
// (start, middle and end of the text), so a long document costs no more than a short one.

import { franc } from 'franc-min';
import { clearFunctionWordLanguages } from './function-words.ts';

// franc's ISO 639-3 codes as the shortest BCP-47 tag (639-1 where one exists).
const BCP47: Readonly<Record<string, string>> = {
  arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', ckb: 'ckb', cmn: 'zh', deu: 'de',
  ell: 'el', eng: 'en', fra: 'fr', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr', hun: 'hu', ibo: 'ig', ind: 'id',
  ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw', kor: 'ko', mal: 'ml', mar: 'mr', mya: 'my',
  nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt', ron: 'ro',
  run: 'rn', rus: 'ru', sin: 'si', som: 'so', spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta',
  tel: 'te', tgl: 'tl', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms',
  zul: 'zu', amh: 'am', ceb: 'ceb', ilo: 'ilo',
};

// Every run of white space becomes one space; matching only the runs that are not a single
// space already leaves ordinary prose alone, which made this replace ten times cheaper.
const SPACE_TO_COLLAPSE = /\s\s+|[^\S ]/g;

// Below this the trigram statistics are too thin to trust.
const MIN_CHARACTERS = 300;
// Per third of the sample: enough trigrams to be sure, few enough to keep imports fast.
const WINDOW = 1200;

export function detectLanguage(text: string): string | null {
  const sample = boundedSample(text.replace(/https?:\/\/\S+/g, ' ').replace(SPACE_TO_COLLAPSE, ' ').trim());
  if (sample.length < MIN_CHARACTERS) return null;
  const third = Math.floor(sample.length / 3);
  const parts = [sample.slice(0, third), sample.slice(third, 2 * third), sample.slice(2 * third)];
  const [byWords = null, ...byWordsPerPart] = clearFunctionWordLanguages(sample, [third, 2 * third]);
  if (byWords !== null && byWordsPerPart.every((part) => part === byWords)) return byWords;
  const whole = franc(sample, { minLength: MIN_CHARACTERS });
  const tag = BCP47[whole];
  if (tag === undefined) return null;
  const agree = parts.every((part) => franc(part, { minLength: Math.floor(MIN_CHARACTERS / 3) }) === whole);
  return agree ? tag : null;
}

function boundedSample(text: string): string {
  if (text.length <= 3 * WINDOW) return text;
  const middle = Math.floor(text.length / 2 - WINDOW / 2);
  return [text.slice(0, WINDOW), text.slice(middle, middle + WINDOW), text.slice(-WINDOW)].join(' ');
}

/** A language tag from markup ("en_US", "EN-gb") in BCP-47 casing ("en-US", "en-GB"); null if malformed. */
export function normalizeLanguageTag(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const parts = value.trim().replace(/_/gu, '-').split('-');
  const [primary, ...rest] = parts;
  if (primary === undefined || !/^[a-z]{2,3}$/iu.test(primary)) return null;
  const tidy = rest.map((part) => (/^[a-z]{2}$/iu.test(part) ? part.toUpperCase() : /^[a-z]{4}$/iu.test(part) ? part.charAt(0).toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase()));
  return [primary.toLowerCase(), ...tidy].join('-');
}
