// Splits what the user typed into the search box into tokens: words, quoted
// phrases, brackets, commas and the capitalised operators AND, OR, NOT, NEAR.

export type LexToken =
  | { type: 'word'; text: string; prefix: boolean; at: number }
  | { type: 'phrase'; text: string; prefix: boolean; at: number }
  | { type: 'and' | 'or' | 'not'; at: number }
  /** `NEAR` or `NEAR/5`; `fn` when a bracket follows at once, as in NEAR(a b, 5). */
  | { type: 'near'; distance: number | null; fn: boolean; at: number }
  | { type: '(' | ')' | ','; at: number };

/** Where the lexer gave up, and why, for the parser to word as a message. */
export interface LexProblem {
  problem: 'unclosed-quote';
  at: number;
}

// Characters that end a word. Everything else (hyphens, apostrophes, dots)
// stays in the word and is quoted; SQLite's tokenizer splits it as it does the text.
const wordEnd = /[\s()",]/u;

// Control characters (NUL above all) end an FTS5 string early, so they count as spaces.
export function cleanQuery(query: string): string {
  return query.replace(/[\u0000-\u001f\u007f]/gu, ' ');
}

export function lex(query: string): LexToken[] | LexProblem {
  const text = cleanQuery(query);
  const tokens: LexToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/u.test(c)) {
      i += 1;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c, at: i });
      i += 1;
    } else if (c === '"') {
      const close = text.indexOf('"', i + 1);
      if (close === -1) return { problem: 'unclosed-quote', at: i };
      const prefix = text.charAt(close + 1) === '*';
      tokens.push({ type: 'phrase', text: text.slice(i + 1, close), prefix, at: i });
      i = close + 1 + (prefix ? 1 : 0);
    } else {
      let end = i;
      while (end < text.length && !wordEnd.test(text.charAt(end))) end += 1;
      tokens.push(wordToken(text.slice(i, end), i, text.charAt(end) === '('));
      i = end;
    }
  }
  return tokens;
}

function wordToken(raw: string, at: number, bracketFollows: boolean): LexToken {
  // Operators only in capitals, as in most search engines: "war and peace" is three words.
  if (raw === 'AND') return { type: 'and', at };
  if (raw === 'OR') return { type: 'or', at };
  if (raw === 'NOT') return { type: 'not', at };
  const near = /^NEAR(?:\/(\d{1,6}))?$/u.exec(raw);
  if (near) return { type: 'near', distance: near[1] === undefined ? null : Number(near[1]), fn: bracketFollows, at };
  const stars = /\*+$/u.exec(raw);
  return { type: 'word', text: stars ? raw.slice(0, stars.index) : raw, prefix: stars !== null, at };
}
