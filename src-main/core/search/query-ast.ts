// The parsed form of a search: phrases (a bare word is a one-word phrase),
// NEAR groups of phrases, and AND / OR / NOT over them.

export interface PhraseNode {
  type: 'phrase';
  /** The words as typed, quoted whole into the MATCH string. */
  text: string;
  /** The words as SQLite's tokenizer will see them (folded), for marking matches in snippets. */
  words: string[];
  /** The last word matches as a prefix (`embass*`). */
  prefix: boolean;
}

export interface NearNode {
  type: 'near';
  phrases: PhraseNode[];
  /** Most tokens allowed between the phrases. */
  distance: number;
}

export interface ListNode {
  type: 'and' | 'or';
  children: QueryNode[];
}

export interface NotNode {
  type: 'not';
  /** Matches of `include` that do not match `exclude`. */
  include: QueryNode;
  exclude: QueryNode;
}

export type QueryNode = PhraseNode | NearNode | ListNode | NotNode;
