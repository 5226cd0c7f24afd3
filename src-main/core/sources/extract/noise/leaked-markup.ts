// Fragments of HTML, script or style that a clipper copied as text: comment markers, bare tags,
// tracking snippets. A line is only flagged when markup is nearly all there is on it.

import { atMostWords } from '../line-shape.ts';
import { perLineRule } from './noise-rule.ts';

const COMMENT_START = /^(?:<)?!--/u;
const TAG = /<\/?[a-z][\w:-]*(?:\s[^<>]*)?\/?>/gi;
const SCRIPT_START = /^(?:window\.|document\.|(?:var|let|const)\s+[\w$]+\s*=|function\s*[\w$]*\s*\(|gtag\(|dataLayer\b|\(function\s*\(|\}\s*\)\s*\(|\$\(|jQuery\()/u;
// A selector followed by "{" and only property: value declarations, as in a style sheet.
const CSS_RULE = /^[@.#]?[a-z][\w\s.#:>,+~*()[\]="'-]*\{(?:\s*[a-z-]+\s*:\s*[^;{}]+;?)*\s*\}?$/i;
const LONE_BRACES = /^[{}()[\];,\s]+$/u;

export function isLeakedMarkup(line: string): boolean {
  if (COMMENT_START.test(line) || line.endsWith('-->')) return true;
  if (LONE_BRACES.test(line)) return true;
  if (SCRIPT_START.test(line)) return true;
  // The rule needs its "{"; without one, prose would make the pattern backtrack over the whole line.
  if (line.includes('{') && CSS_RULE.test(line)) return true;
  if (line.startsWith('<') && line.endsWith('>')) {
    // "<p>A real sentence</p>" still carries article text; only near-empty tag lines are noise.
    const text = line.replace(TAG, ' ').trim();
    return atMostWords(text, 2) || text.length < line.length * 0.2;
  }
  return false;
}

export const leakedMarkupRule = perLineRule('leaked markup', isLeakedMarkup);
