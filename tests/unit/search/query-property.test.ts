// Generated queries: the parser either builds a MATCH string SQLite accepts
// (alone and inside a column filter) or refuses with our invalid_input
// message. Nothing else may escape, whatever is typed.

import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/core/api/errors.ts';
import { inColumns, toFtsMatch } from '../../../src-main/core/search/fts-match.ts';
import { parseQuery } from '../../../src-main/core/search/query-parser.ts';

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE t USING fts5 (exact, note, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
  INSERT INTO t (exact, note) VALUES ('rocket attacks on the embassy', 'Iran-backed militias'), ('émigré Straße 東京', '');`);
const run = db.prepare('SELECT rowid FROM t WHERE t MATCH ?');
afterAll(() => db.close());

// Pieces people type, and pieces that break naive query builders.
const pieces = fc.oneof(
  fc.constantFrom('AND', 'OR', 'NOT', 'NEAR', 'NEAR/3', 'NEAR(', 'and', 'near', '(', ')', '"', '*', ',', ' ', '  ', ':', '^', '-', '+', '{', '}', "'"),
  fc.constantFrom('rocket', 'embassy', 'emb*', 'e*', '"iran-backed militias"', 'Straße', 'émigré', '東京', '10', '3)', 'x"y', '\u0000', '\t', '\n', '😀', '\uD800', '\u0301', 'NEAR/99999'),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const queries = fc.array(pieces, { maxLength: 14 }).map((parts) => parts.join(''));

// Queries built from the grammar, so OR, NOT, NEAR and brackets are reached
// in valid combinations too, with words that are themselves awkward.
const word = fc.oneof(fc.constantFrom('rocket', 'emb*', 'Straße', '東京', 'x"y', 'a-b', '!!', 'e'), fc.string({ minLength: 1, maxLength: 5 }));
const phrase = fc.oneof(word, word.map((w) => `"${w.replaceAll('"', '')} ${w}"`), word.map((w) => `"${w.replaceAll('"', '')}"*`));
const { expr } = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    phrase,
    fc.tuple(tie('expr'), fc.constantFrom(' ', ' AND ', ' OR ', ' NOT '), tie('expr')).map(([a, op, b]) => `${a}${op}${b}`),
    tie('expr').map((e) => `(${e})`),
    fc.tuple(phrase, phrase, fc.option(fc.nat(20))).map(([a, b, n]) => (n === null ? `NEAR(${a} ${b})` : `NEAR(${a} ${b}, ${n})`)),
    fc.tuple(phrase, fc.nat(12), phrase).map(([a, n, b]) => `${a} NEAR/${n} ${b}`),
  ),
}));

function check(query: string, prefixLast: boolean): void {
  let root;
  try {
    root = parseQuery(query, { prefixLast });
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input' && error.message.length > 0) return;
    throw error;
  }
  if (root === null) return;
  const match = toFtsMatch(root);
  // Throws (and fails the property) if SQLite rejects the string.
  run.all(match);
  run.all(inColumns(match, ['note']));
}

describe('the query parser on generated input', () => {
  it('never throws anything but invalid_input and never builds a MATCH SQLite rejects', () => {
    fc.assert(
      fc.property(queries, fc.boolean(), (query, prefixLast) => {
        check(query, prefixLast);
      }),
      { numRuns: 4000 },
    );
  });

  it('holds for queries built from the grammar', () => {
    fc.assert(
      fc.property(expr, fc.boolean(), (query, prefixLast) => {
        check(query, prefixLast);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts any plain words', () => {
    const words = fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(words, (list) => {
        const root = parseQuery(list.join(' '));
        expect(root).not.toBeNull();
        if (root) run.all(toFtsMatch(root));
      }),
    );
  });

  it('finds what it was asked for: a quoted word in the row matches that row', () => {
    const root = parseQuery('"Iran-backed" AND militias');
    expect(root && run.all(toFtsMatch(root))).toEqual([{ rowid: 1 }]);
  });
});
