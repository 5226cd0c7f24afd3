// A first, cheap look at the language: the share of a text's words that are
// the commonest function words of a few widely used Latin-script languages.
// In running prose these words are a third or more of all words, so one
// language standing far above the others settles it without trigram
// statistics, which cost a hundred times more (bench/library: franc was most
// of an import's extraction time). Anything less clear-cut goes to franc.

const functionWords: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'by', 'at', 'from', 'his', 'her', 'they', 'be', 'this', 'have', 'has', 'had', 'were', 'which', 'an', 'are', 'not', 'but', 'said', 'their', 'who', 'would', 'been', 'its', 'after', 'we', 'will'],
  fr: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'il', 'elle', 'ils', 'ce', 'cette', 'sont', 'avec', 'par', 'plus', 'ont', 'été', 'mais', 'leur', 'nous', 'se', 'ne'],
  de: ['der', 'die', 'das', 'und', 'ist', 'den', 'dem', 'des', 'nicht', 'ein', 'eine', 'einen', 'zu', 'mit', 'auf', 'für', 'sich', 'von', 'im', 'auch', 'es', 'sie', 'er', 'wir', 'wird', 'wurde', 'hat', 'haben', 'sind', 'nach', 'bei', 'aus', 'aber', 'oder', 'dass'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'que', 'en', 'un', 'una', 'es', 'por', 'con', 'para', 'se', 'su', 'sus', 'al', 'lo', 'como', 'más', 'pero', 'fue', 'ha', 'han', 'este', 'esta', 'sobre', 'entre', 'también', 'sin', 'ya', 'muy'],
  pt: ['o', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'e', 'que', 'em', 'no', 'na', 'nos', 'um', 'uma', 'para', 'com', 'não', 'por', 'se', 'mais', 'foi', 'ao', 'à', 'pelo', 'pela', 'seu', 'sua', 'são', 'ele', 'ela', 'como', 'mas', 'também'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'dei', 'e', 'che', 'in', 'un', 'una', 'è', 'per', 'non', 'con', 'si', 'da', 'al', 'alla', 'nel', 'nella', 'sono', 'ha', 'anche', 'come', 'più', 'ma', 'questo', 'questa', 'stato', 'loro'],
  nl: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'aan', 'er', 'die', 'ook', 'als', 'bij', 'door', 'om', 'maar', 'werd', 'heeft', 'hij', 'zij', 'naar', 'wordt', 'nog', 'uit', 'dan', 'over', 'tot'],
};

const languages = Object.keys(functionWords);
// Each listed word with the indexes (into `languages`) of the languages it belongs to.
const lookup = new Map<string, number[]>();
languages.forEach((language, index) => {
  for (const word of functionWords[language] ?? []) lookup.set(word, [...(lookup.get(word) ?? []), index]);
});
// The language a word belongs to alone, for words no other listed language shares.
const ownLanguage = new Map<string, number>();
for (const [word, indexes] of lookup) if (indexes.length === 1 && indexes[0] !== undefined) ownLanguage.set(word, indexes[0]);
// Longer words are counted but never looked up.
const LONGEST_WORD = Math.max(...[...lookup.keys()].map((word) => word.length));

// A winner needs at least this share of all words, and, counting only the words
// no other listed language shares ("the", "los", "het"), this many times the runner-up's.
const MIN_SHARE = 0.2;
const MIN_LEAD = 3;
const MIN_WORDS = 40;

const LETTERS = /\p{L}+/gu;
// Scanned with exec, so kept apart from LETTERS, which `match` uses and resets.
const SCAN_LETTERS = /\p{L}+/gu;
const NOT_ASCII = /[^\x00-\x7f]/;

/** The language whose function words clearly dominate, or null when the text is not clear-cut. */
export function clearFunctionWordLanguage(text: string): string | null {
  return clearFunctionWordLanguages(text, [])[0] ?? null;
}

/**
 * The verdict for the whole text, then for each piece the cuts divide it into (as if each
 * piece were asked about alone), reading the words once: detect-language asks about a sample
 * and each of its thirds.
 */
export function clearFunctionWordLanguages(text: string, cuts: readonly number[]): (string | null)[] {
  const lower = text.toLowerCase();
  // Lowercasing keeps positions except for the rare letter that grows ("İ"): then each piece is read alone.
  if (lower.length !== text.length) return [verdict(tallyOf(lower)), ...piecesOf(text, cuts).map((piece) => verdict(tallyOf(piece.toLowerCase())))];
  const bounds = [0, ...cuts, lower.length];
  const whole = newTally();
  const pieces = cuts.length === 0 ? [] : bounds.slice(1).map(newTally);
  let piece = 0;
  forEachWord(lower, (word, start) => {
    count(whole, word);
    if (pieces.length === 0) return;
    const end = start + word.length;
    while (start >= (bounds[piece + 1] ?? 0)) piece += 1;
    if (end <= (bounds[piece + 1] ?? 0)) {
      count(pieces[piece] ?? whole, word);
      return;
    }
    // A word a cut runs through is, in each piece, whatever letters of it the piece holds.
    for (let index = piece; (bounds[index] ?? end) < end; index += 1) {
      const from = Math.max(start, bounds[index] ?? 0);
      const to = Math.min(end, bounds[index + 1] ?? 0);
      for (const part of lower.slice(from, to).match(LETTERS) ?? []) count(pieces[index] ?? whole, part);
    }
  });
  return [verdict(whole), ...pieces.map(verdict)];
}

// The words (runs of letters) of lowercased text and where each starts.
function forEachWord(lower: string, visit: (word: string, start: number) => void): void {
  if (NOT_ASCII.test(lower)) {
    SCAN_LETTERS.lastIndex = 0;
    for (let match = SCAN_LETTERS.exec(lower); match !== null; match = SCAN_LETTERS.exec(lower)) visit(match[0], match.index);
    return;
  }
  // In lowercased ASCII text the letters are a to z.
  let start = -1;
  for (let index = 0; index <= lower.length; index += 1) {
    const code = index < lower.length ? lower.charCodeAt(index) : 0;
    const letter = code >= 97 && code <= 122;
    if (letter && start < 0) start = index;
    else if (!letter && start >= 0) {
      visit(lower.slice(start, index), start);
      start = -1;
    }
  }
}

function piecesOf(text: string, cuts: readonly number[]): string[] {
  const bounds = [0, ...cuts, text.length];
  return cuts.length === 0 ? [] : bounds.slice(1).map((end, index) => text.slice(bounds[index], end));
}

interface Tally {
  words: number;
  /** Per language: its function words, shared or not. */
  shared: number[];
  /** Per language: the function words only it has. */
  own: number[];
}

function newTally(): Tally {
  return { words: 0, shared: languages.map(() => 0), own: languages.map(() => 0) };
}

function tallyOf(lowerText: string): Tally {
  const tally = newTally();
  for (const word of lowerText.match(LETTERS) ?? []) count(tally, word);
  return tally;
}

function count(tally: Tally, word: string): void {
  tally.words += 1;
  if (word.length > LONGEST_WORD) return;
  const indexes = lookup.get(word);
  if (indexes === undefined) return;
  for (const index of indexes) tally.shared[index] = (tally.shared[index] ?? 0) + 1;
  const only = ownLanguage.get(word);
  if (only !== undefined) tally.own[only] = (tally.own[only] ?? 0) + 1;
}

function verdict(tally: Tally): string | null {
  if (tally.words < MIN_WORDS) return null;
  // The two languages with the most words of their own; a tie for first is never clear-cut.
  let first = -1;
  let second = -1;
  tally.own.forEach((owned, index) => {
    if (owned === 0) return;
    if (first < 0 || owned > (tally.own[first] ?? 0)) {
      second = first;
      first = index;
    } else if (second < 0 || owned > (tally.own[second] ?? 0)) {
      second = index;
    }
  });
  if (first < 0 || (tally.shared[first] ?? 0) / tally.words < MIN_SHARE) return null;
  return second < 0 || (tally.own[first] ?? 0) >= MIN_LEAD * (tally.own[second] ?? 0) ? (languages[first] ?? null) : null;
}
