// Words as SQLite's unicode61 tokenizer (remove_diacritics 2) sees them:
// runs of letters, digits and private-use characters, folded to lower case
// without accents. Used to mark matches in snippets and find the first match.

const tokenPattern = /[\p{L}\p{N}\p{Co}]+/gu;

export interface TextToken {
  /** JavaScript string indices into the original text; end is exclusive. */
  start: number;
  end: number;
  folded: string;
}

const plainAscii = /^[\x00-\x7f]*$/u;

export function foldWord(word: string): string {
  // Most words are ASCII: lower-casing is all they need, and NFD on every token was most of a snippet's cost.
  if (plainAscii.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function wordsOf(text: string): string[] {
  return [...text.matchAll(tokenPattern)].map((m) => foldWord(m[0]));
}

/** Tokens in order, lazily, so a caller that found what it needs can stop early. */
export function* tokensOf(text: string): Generator<TextToken> {
  for (const m of text.matchAll(tokenPattern)) {
    yield { start: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) };
  }
}
