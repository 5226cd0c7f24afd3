// The author as the text states it: a byline ("By Jane Doe"), a credit ("Prepared by the
// researcher: …") or a label ("Author: …"). Only names that look like people's names are taken.

import { isNameLike } from '../line-shape.ts';
import type { ContentLine, LineView } from './line-view.ts';
import { contentLines, leadLines } from './line-view.ts';
import { isOrganizationName } from './organization-name.ts';
import { readPostedByline } from './posted-byline.ts';

const BYLINE = /^by\s+(.+)$/iu;
// Blog bylines; comment threads further down say "Posted by" too, so only near the top.
const POSTED = /^posted\s+by\s*[:–—-]?\s*(.+)$/iu;
const CREDITED = /^(?:prepared|written|compiled|reported|researched|edited|authored)\s+by(?:\s+(?:the\s+)?(?:researchers?|authors?|journalists?|reporters?|editors?|analysts?|staff writers?|team|dr\.?|professor|prof\.?))?\s*[:–—-]?\s*(.+)$/iu;
const LABELLED = /^(?:authors?|writers?|byline|reporters?|written by)\s*[:–—-]\s*(.+)$/iu;
// What may follow the names on a byline: roles, outlets, dates after a separator.
const SEPARATOR = /\s+[|·•–—]\s+|\s+-\s+|\s*[|·•(]\s*|,\s*(?:updated|published|posted)\b|\s+(?:updated|published|posted|on)\s+(?=\p{Lu}\p{Ll}+\.? \d|\d)/iu;

// Words that make a capitalised phrase a role or an outlet rather than a person.
const NOT_PERSONAL = new Set([
  'staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors',
  'contributor', 'contributors', 'desk', 'team', 'bureau', 'chief', 'senior', 'associate', 'columnist', 'producer',
  'analyst', 'researcher', 'fellow', 'director', 'professor', 'news', 'times', 'press', 'agency', 'board', 'service',
]);

function isPersonName(text: string): boolean {
  return isNameLike(text) && !isOrganizationName(text) && !text.split(/\s+/u).some((word) => NOT_PERSONAL.has(word.toLowerCase()));
}

export interface FoundAuthor {
  author: string;
  line: number;
}

export function findAuthor(view: LineView): FoundAuthor | null {
  // A plain "By …" is only a byline near the top; "By May, the troops…" elsewhere is prose.
  for (const line of leadLines(view)) {
    const posted = line.text.length > 160 ? null : readPostedByline(line.text);
    const postedName = posted === null ? null : namesIn(posted.nameText);
    if (postedName !== null) return { author: postedName, line: line.index };
    const found = authorFrom(line, [BYLINE, POSTED, CREDITED, LABELLED]);
    if (found !== null) return found;
  }
  for (const line of contentLines(view)) {
    const found = authorFrom(line, [CREDITED, LABELLED]);
    if (found !== null) return found;
  }
  return null;
}

function authorFrom(line: ContentLine, patterns: readonly RegExp[]): FoundAuthor | null {
  if (line.text.length > 160) return null;
  for (const pattern of patterns) {
    const match = pattern.exec(line.text);
    if (match?.[1] === undefined) continue;
    const names = namesIn(match[1]);
    if (names !== null) return { author: names, line: line.index };
  }
  return null;
}

/** "Jane Doe and John Roe, Staff Writers | Sept 29" → "Jane Doe and John Roe"; null if no name leads. */
export function namesIn(credit: string): string | null {
  const head = credit.split(SEPARATOR)[0]?.trim() ?? '';
  const names: string[] = [];
  for (const part of head.split(/\s*,\s*|\s+and\s+|\s*&\s*/u)) {
    const candidate = part.trim().replace(/[.;:]$/u, '');
    // Roles and outlets come after the names ("Jane Doe, Reuters"); stop at the first of them.
    if (!isPersonName(candidate)) break;
    names.push(candidate);
  }
  if (names.length === 0) return null;
  if (names.length === 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
