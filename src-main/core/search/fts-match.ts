// Turns a parsed search into an FTS5 MATCH string. Every phrase is quoted, so
// nothing the user typed can be read by SQLite as syntax; every group is
// bracketed, so FTS5's own precedence never matters.

import type { PhraseNode, QueryNode } from './query-ast.ts';

export function toFtsMatch(node: QueryNode): string {
  switch (node.type) {
    case 'phrase':
      return quote(node);
    case 'near':
      return `NEAR(${node.phrases.map(quote).join(' ')}, ${node.distance})`;
    case 'and':
    case 'or':
      return `(${node.children.map(toFtsMatch).join(node.type === 'and' ? ' AND ' : ' OR ')})`;
    case 'not':
      return `(${toFtsMatch(node.include)} NOT ${toFtsMatch(node.exclude)})`;
  }
}

/** The same search limited to some columns of the table, e.g. a highlight's note only. */
export function inColumns(match: string, columns: readonly string[]): string {
  return `{${columns.join(' ')}} : (${match})`;
}

/** The phrases a matching text contains (not those after NOT): what a snippet marks. */
export function positivePhrases(node: QueryNode): PhraseNode[] {
  switch (node.type) {
    case 'phrase':
      return [node];
    case 'near':
      return node.phrases;
    case 'and':
    case 'or':
      return node.children.flatMap(positivePhrases);
    case 'not':
      return positivePhrases(node.include);
  }
}

function quote(phrase: PhraseNode): string {
  // Inside an FTS5 string the only special character is the quote itself, written twice.
  return `"${phrase.text.replaceAll('"', '""')}"${phrase.prefix ? '*' : ''}`;
}
