// "Your browser is not supported", "Please enable JavaScript": notices a site shows about the
// reader's browser, which a copy-paste keeps but which say nothing about the article.

import { atMostWords } from '../line-shape.ts';
import { perLineRule } from './noise-rule.ts';

const BROWSER = /\b(?:browser|internet explorer|IE ?\d{1,2}|javascript|JS)\b/i;
const PROBLEM = /\b(?:not (?:be )?supported|no longer supported|unsupported|out of date|outdated|upgrade|update your|switch to|enable|enabled|disabled|turn on|another browser|modern browser|latest version)\b/i;
// Addressed to the reader: a news sentence about browser support has none of these.
const ADDRESSED = /\b(?:you|your|our site|this site|this website|this page|please|for an optimal|for the best|for a better|visit)\b/i;

export function isBrowserWarning(line: string): boolean {
  // The word limit first: it stops early on a long paragraph, which the patterns would read whole.
  return atMostWords(line, 40) && BROWSER.test(line) && PROBLEM.test(line) && ADDRESSED.test(line);
}

export const browserWarningRule = perLineRule('browser warning', isBrowserWarning);
