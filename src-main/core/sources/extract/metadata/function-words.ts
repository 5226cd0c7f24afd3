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

const lookup = new Map<string, string[]>();
for (const [language, words] of Object.entries(functionWords)) {
  for (const word of words) lookup.set(word, [...(lookup.get(word) ?? []), language]);
}
// The language a word belongs to alone, for words no other listed language shares.
const ownLanguage = new Map<string, string>();
for (const [word, languages] of lookup) if (languages.length === 1 && languages[0] !== undefined) ownLanguage.set(word, languages[0]);

// A winner needs at least this share of all words, and, counting only the words
// no other listed language shares ("the", "los", "het"), this many times the runner-up's.
const MIN_SHARE = 0.2;
const MIN_LEAD = 3;
const MIN_WORDS = 40;

/** The language whose function words clearly dominate, or null when the text is not clear-cut. */
export function clearFunctionWordLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu);
  if (words === null || words.length < MIN_WORDS) return null;
  const shared = new Map<string, number>();
  const own = new Map<string, number>();
  for (const word of words) {
    const languages = lookup.get(word);
    if (languages === undefined) continue;
    for (const language of languages) shared.set(language, (shared.get(language) ?? 0) + 1);
    const only = ownLanguage.get(word);
    if (only !== undefined) own.set(only, (own.get(only) ?? 0) + 1);
  }
  const [first, second] = [...own].sort((a, b) => b[1] - a[1]);
  if (first === undefined || (shared.get(first[0]) ?? 0) / words.length < MIN_SHARE) return null;
  return second === undefined || first[1] >= MIN_LEAD * second[1] ? first[0] : null;
}
