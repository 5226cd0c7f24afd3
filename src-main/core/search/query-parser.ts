// Parses the search box's text into a QueryNode tree, or fails with a
// message a person can act on (never an FTS5 syntax error).
// Grammar, loosest first:  or := and (OR and)*   and := not ([AND] not)*
// not := near (NOT near)*   near := primary (NEAR[/n] primary)*
// primary := ( or ) | "phrase"[*] | word[*] | NEAR( phrase… [, n] )

import { AppError } from '../api/errors.ts';
import type { NearNode, PhraseNode, QueryNode } from './query-ast.ts';
import { lex, type LexToken } from './query-lexer.ts';
import { wordsOf } from './text-tokens.ts';
import { MAX_NEAR_DISTANCE, MAX_SEARCH_NESTING, MAX_SEARCH_TERMS } from '../limits.ts';

export const DEFAULT_NEAR_DISTANCE = 10;
/** Shorter prefixes match a large part of the vocabulary and cannot be answered quickly. */
export const MIN_PREFIX_LENGTH = 2;

export interface ParseOptions {
  /** Search as you type: the word still being typed (no space after it yet) matches as a prefix. */
  prefixLast?: boolean;
}

/** The tree, or null when the box holds nothing to search for yet (blank, or only punctuation). */
export function parseQuery(query: string, options: ParseOptions = {}): QueryNode | null {
  const typing = options.prefixLast === true;
  let tokens = lex(query);
  // While typing, a phrase not yet closed is read as if it were, instead of flashing an error.
  if (!Array.isArray(tokens) && typing) tokens = lex(`${query}"`);
  if (!Array.isArray(tokens)) {
    fail('A quotation mark is never closed. Add a closing " to search for the phrase, or remove the opening one.', tokens.at);
  }
  if (tokens.length === 0) return null;
  // The last word is still being typed only if nothing (a space, a bracket, a closing quote) has followed it yet.
  return new Parser(tokens, typing && /[^\s")]$/u.test(query)).parseAll();
}

function fail(message: string, at: number): never {
  throw new AppError('invalid_input', message, { at });
}

// A small recursive-descent parser; each method owns one line of the grammar.
class Parser {
  private readonly tokens: LexToken[];
  private readonly prefixLast: boolean;
  private index = 0;
  private depth = 0;
  private phrases = 0;

  constructor(tokens: LexToken[], prefixLast: boolean) {
    this.tokens = tokens;
    this.prefixLast = prefixLast;
  }

  parseAll(): QueryNode | null {
    const root = this.parseOr();
    const extra = this.peek();
    if (extra !== undefined) {
      if (extra.type === ')') fail('There is a ")" without a matching "(". Remove it, or add "(" where the group starts.', extra.at);
      fail(`Sourcebench could not read the search from "${describe(extra)}" on.`, extra.at);
    }
    return root;
  }

  private parseOr(): QueryNode | null {
    const children: (QueryNode | null)[] = [this.parseAnd()];
    while (this.peek()?.type === 'or') {
      const or = this.next();
      if (!this.startsOperand()) fail('OR needs words on both sides, as in: rockets OR mortars.', or.at);
      children.push(this.parseAnd());
    }
    return list('or', children);
  }

  private parseAnd(): QueryNode | null {
    const start = this.peek();
    if (start?.type === 'or' || start?.type === 'and') {
      fail(`${start.type.toUpperCase()} needs words on both sides, as in: embassy ${start.type.toUpperCase()} attack.`, start.at);
    }
    if (start?.type === 'not') fail('NOT needs words before it to take matches away from, as in: embassy NOT attack.', start.at);
    const children: (QueryNode | null)[] = [];
    for (;;) {
      const token = this.peek();
      if (token === undefined || token.type === ')' || token.type === 'or') break;
      if (token.type === ',') {
        this.next(); // commas between words mean nothing outside NEAR( ).
        continue;
      }
      if (token.type === 'and') {
        this.next();
        if (children.length === 0 || !this.startsOperand()) fail('AND needs words on both sides, as in: embassy AND attack.', token.at);
        continue;
      }
      if (token.type === 'not') fail('NOT needs words before it to take matches away from, as in: embassy NOT attack.', token.at);
      children.push(this.parseNot());
    }
    return list('and', children);
  }

  private parseNot(): QueryNode | null {
    let include = this.parseNear();
    while (this.peek()?.type === 'not') {
      const not = this.next();
      if (!this.startsOperand()) fail('NOT needs words after it, as in: embassy NOT attack.', not.at);
      const exclude = this.parseNear();
      if (include === null) fail('NOT needs words before it to take matches away from, as in: embassy NOT attack.', not.at);
      if (exclude !== null) include = { type: 'not', include, exclude };
    }
    return include;
  }

  private parseNear(): QueryNode | null {
    const first = this.parsePrimary();
    let operator = this.peek();
    if (operator?.type !== 'near' || operator.fn) return first;
    const phrases: (PhraseNode | null)[] = [asNearOperand(first, operator.at)];
    // a NEAR/3 b NEAR c: FTS5 takes one distance per group, so the chain allows the widest asked for.
    const distances: number[] = [];
    while (operator?.type === 'near' && !operator.fn) {
      this.next();
      distances.push(operator.distance ?? DEFAULT_NEAR_DISTANCE);
      if (!this.startsOperand()) fail('NEAR needs a word or "phrase" on both sides, as in: embassy NEAR/5 attack.', operator.at);
      phrases.push(asNearOperand(this.parsePrimary(), operator.at));
      operator = this.peek();
    }
    return near(phrases, Math.max(...distances), this.tokens[this.index - 1]?.at ?? 0);
  }

  private parsePrimary(): QueryNode | null {
    const token = this.next();
    if (token.type === 'word' || token.type === 'phrase') return this.phrase(token);
    if (token.type === '(') return this.group(token.at);
    if (token.type === 'near' && token.fn) return this.nearFunction(token.at);
    if (token.type === 'near') fail('NEAR needs a word or "phrase" on both sides, as in: embassy NEAR/5 attack.', token.at);
    fail(`Sourcebench expected words here, not "${describe(token)}".`, token.at);
  }

  private group(at: number): QueryNode | null {
    this.depth += 1;
    if (this.depth > MAX_SEARCH_NESTING) fail(`Brackets can nest up to ${MAX_SEARCH_NESTING} deep.`, at);
    if (this.peek()?.type === ')') fail('These brackets are empty; put words inside them or remove them.', at);
    const inner = this.parseOr();
    const close = this.peek();
    if (close?.type !== ')') fail('A bracket is opened but never closed. Add ")" where the group ends, or remove the "(".', at);
    this.next();
    this.depth -= 1;
    return inner;
  }

  // NEAR(a "b c" d*, 5): phrases separated by spaces, then an optional distance.
  private nearFunction(at: number): NearNode | PhraseNode | null {
    this.next(); // the "(" the lexer saw after NEAR
    const phrases: (PhraseNode | null)[] = [];
    let distance = DEFAULT_NEAR_DISTANCE;
    for (;;) {
      const token = this.peek();
      if (token === undefined) fail('NEAR( is never closed. Finish it as in: NEAR(embassy attack, 10).', at);
      this.next();
      if (token.type === ')') break;
      if (token.type === 'word' || token.type === 'phrase') {
        phrases.push(this.phrase(token));
      } else if (token.type === ',') {
        const number = this.next();
        if (number.type !== 'word' || !/^\d{1,6}$/u.test(number.text) || number.prefix) {
          fail('After the comma in NEAR( ), put the most words allowed between them, as in: NEAR(embassy attack, 10).', number.at);
        }
        distance = Number(number.text);
        if (this.peek()?.type !== ')') fail('NEAR( ) ends after the distance, as in: NEAR(embassy attack, 10).', number.at);
      } else {
        fail('Inside NEAR( ) put only words or "phrases", as in: NEAR(embassy "car bomb", 10).', token.at);
      }
    }
    return near(phrases, distance, at);
  }

  private phrase(token: { text: string; prefix: boolean; at: number }): PhraseNode | null {
    const words = wordsOf(token.text);
    if (words.length === 0) {
      if (token.prefix) fail(`Put at least ${MIN_PREFIX_LENGTH} letters before *, as in: embass*.`, token.at);
      return null; // punctuation only: nothing SQLite could match, so it asks nothing of the results.
    }
    this.phrases += 1;
    if (this.phrases > MAX_SEARCH_TERMS) fail(`A search can hold up to ${MAX_SEARCH_TERMS} words and phrases.`, token.at);
    const typingLast = this.prefixLast && this.index === this.tokens.length && !token.prefix;
    const last = words.at(-1) ?? '';
    if (token.prefix && last.length < MIN_PREFIX_LENGTH) {
      fail(`Put at least ${MIN_PREFIX_LENGTH} letters before *, as in: embass*.`, token.at);
    }
    const prefix = token.prefix || (typingLast && last.length >= MIN_PREFIX_LENGTH);
    return { type: 'phrase', text: token.text, words, prefix };
  }

  private startsOperand(): boolean {
    const token = this.peek();
    return token !== undefined && (token.type === 'word' || token.type === 'phrase' || token.type === '(' || (token.type === 'near' && token.fn));
  }

  private peek(): LexToken | undefined {
    return this.tokens[this.index];
  }

  private next(): LexToken {
    const token = this.tokens[this.index];
    if (token === undefined) fail('The search ends too soon; finish it or remove the last operator.', this.tokens.at(-1)?.at ?? 0);
    this.index += 1;
    return token;
  }
}

function list(type: 'and' | 'or', children: readonly (QueryNode | null)[]): QueryNode | null {
  const kept = children.filter((c): c is QueryNode => c !== null);
  if (kept.length <= 1) return kept[0] ?? null;
  return { type, children: kept };
}

function asNearOperand(node: QueryNode | null, at: number): PhraseNode | null {
  if (node !== null && node.type !== 'phrase') fail('NEAR works between words or "phrases", not bracketed groups.', at);
  return node;
}

function near(phrases: readonly (PhraseNode | null)[], distance: number, at: number): NearNode | PhraseNode | null {
  if (distance > MAX_NEAR_DISTANCE) fail(`NEAR allows up to ${MAX_NEAR_DISTANCE} words between phrases.`, at);
  const kept = phrases.filter((p): p is PhraseNode => p !== null);
  if (kept.length === 0) return null;
  if (kept.length === 1) return kept[0] ?? null;
  return { type: 'near', phrases: kept, distance };
}

function describe(token: LexToken): string {
  switch (token.type) {
    case 'word':
      return token.text + (token.prefix ? '*' : '');
    case 'phrase':
      return `"${token.text}"`;
    case 'near':
      return token.distance === null ? 'NEAR' : `NEAR/${token.distance}`;
    case 'and':
    case 'or':
    case 'not':
      return token.type.toUpperCase();
    default:
      return token.type;
  }
}
