// The search box's little language, piece by piece: what each construct
// becomes in FTS5, and the plain-language message for what cannot be read.

import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/core/api/errors.ts';
import { positivePhrases, toFtsMatch } from '../../../src-main/core/search/fts-match.ts';
import { parseQuery, type ParseOptions } from '../../../src-main/core/search/query-parser.ts';

function match(query: string, options: ParseOptions = {}): string | null {
  const root = parseQuery(query, options);
  return root === null ? null : toFtsMatch(root);
}

function problem(query: string): string {
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') return error.message;
    throw error;
  }
  throw new Error(`expected "${query}" to be refused`);
}

describe('terms and phrases', () => {
  it('quotes every word and joins words with AND', () => {
    expect(match('embassy')).toBe('"embassy"');
    expect(match('rocket attacks')).toBe('("rocket" AND "attacks")');
  });

  it('keeps a quoted phrase whole', () => {
    expect(match('"Iran-backed militias" Baghdad')).toBe('("Iran-backed militias" AND "Baghdad")');
  });

  it('turns a trailing * into a prefix search', () => {
    expect(match('embass*')).toBe('"embass"*');
    expect(match('"prime minis"*')).toBe('"prime minis"*');
  });

  it('treats FTS5 syntax typed as words as plain words', () => {
    expect(match('title:embassy')).toBe('"title:embassy"');
    expect(match('a^b {c} +d')).toBe('("a^b" AND "{c}" AND "+d")');
  });

  it('drops words with nothing searchable and ignores stray commas', () => {
    expect(match('rockets, mortars !!!')).toBe('("rockets" AND "mortars")');
    expect(match('!!! ---')).toBeNull();
    expect(match('   ')).toBeNull();
  });

  it('reads control characters as spaces (NUL would end an FTS5 string early)', () => {
    expect(match('rocket\u0000attacks')).toBe('("rocket" AND "attacks")');
  });
});

describe('operators', () => {
  it('reads AND, OR and NOT in capitals only', () => {
    expect(match('rockets OR mortars')).toBe('("rockets" OR "mortars")');
    expect(match('embassy NOT attack')).toBe('("embassy" NOT "attack")');
    expect(match('war and peace')).toBe('("war" AND "and" AND "peace")');
  });

  it('binds NOT tighter than AND and AND tighter than OR', () => {
    expect(match('a b OR c NOT d')).toBe('(("a" AND "b") OR ("c" NOT "d"))');
  });

  it('follows brackets', () => {
    expect(match('(rockets OR mortars) Baghdad')).toBe('(("rockets" OR "mortars") AND "Baghdad")');
    expect(match('embassy NOT (rocket OR drone)')).toBe('("embassy" NOT ("rocket" OR "drone"))');
  });

  it('reads NEAR(…) with and without a distance', () => {
    expect(match('NEAR(embassy attack)')).toBe('NEAR("embassy" "attack", 10)');
    expect(match('NEAR(embassy "rocket attacks", 3)')).toBe('NEAR("embassy" "rocket attacks", 3)');
  });

  it('reads NEAR between words, with an optional /distance', () => {
    expect(match('embassy NEAR attack')).toBe('NEAR("embassy" "attack", 10)');
    expect(match('embassy NEAR/4 attack*')).toBe('NEAR("embassy" "attack"*, 4)');
    expect(match('a NEAR/2 b NEAR/5 c')).toBe('NEAR("a" "b" "c", 5)');
  });
});

describe('search as you type', () => {
  it('makes the word being typed a prefix, once it has two letters', () => {
    expect(match('rocket atta', { prefixLast: true })).toBe('("rocket" AND "atta"*)');
    expect(match('rocket a', { prefixLast: true })).toBe('("rocket" AND "a")');
    expect(match('rocket atta ', { prefixLast: true })).toBe('("rocket" AND "atta")');
  });

  it('closes a phrase still being typed instead of complaining', () => {
    expect(match('"prime minis', { prefixLast: true })).toBe('"prime minis"*');
  });
});

describe('the phrases a snippet marks', () => {
  it('leaves out what NOT excludes', () => {
    const root = parseQuery('(embassy OR "rocket attack") NOT drone');
    expect(root && positivePhrases(root).map((p) => p.words)).toEqual([['embassy'], ['rocket', 'attack']]);
  });

  it('folds case and accents as SQLite does', () => {
    const root = parseQuery('Émigré');
    expect(root && positivePhrases(root)[0]?.words).toEqual(['emigre']);
  });
});

describe('messages for what cannot be read', () => {
  it.each([
    ['"rocket attacks', /quotation mark is never closed/],
    ['(rockets OR mortars', /bracket is opened but never closed/],
    ['rockets)', /"\)" without a matching "\("/],
    ['()', /brackets are empty/],
    ['OR rockets', /OR needs words on both sides/],
    ['rockets OR', /OR needs words on both sides/],
    ['rockets AND', /AND needs words on both sides/],
    ['NOT rockets', /NOT needs words before it/],
    ['rockets NOT', /NOT needs words after it/],
    ['e*', /at least 2 letters before \*/],
    ['*', /at least 2 letters before \*/],
    ['NEAR(a b', /NEAR\( is never closed/],
    ['NEAR(a b, x)', /After the comma in NEAR/],
    ['NEAR(a (b))', /Inside NEAR\( \) put only words/],
    ['a NEAR (b OR c)', /NEAR works between words/],
    ['a NEAR', /NEAR needs a word/],
    ['NEAR(a b, 5000)', /up to 1000 words/],
    ['('.repeat(25) + 'a' + ')'.repeat(25), /nest up to 20 deep/],
  ])('%s', (query, message) => {
    expect(problem(query)).toMatch(message);
  });

  it('says where the problem is', () => {
    try {
      parseQuery('rockets OR');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details).toEqual({ at: 8 });
    }
  });
});

describe('search as you type, more', () => {
  it('reads a quote just opened as nothing yet', () => {
    expect(match('rocket "', { prefixLast: true })).toBe('"rocket"');
  });

  it('leaves a closed phrase or a finished group alone', () => {
    expect(match('"prime minister"', { prefixLast: true })).toBe('"prime minister"');
    expect(match('(rockets OR mortars)', { prefixLast: true })).toBe('("rockets" OR "mortars")');
  });
});
