// Page furniture around an article: ads, share buttons, newsletter and cookie prompts,
// navigation, related links, copyright and tag lines. Each pattern must match the whole line.

import { boundedWordCount } from '../line-shape.ts';
import type { NoiseFlags, NoiseRule } from './noise-rule.ts';

export interface ChromePattern {
  reason: string;
  /** `words` is the line's word count, exact up to 80 (no pattern allows more than 70). */
  test: (line: string, words: number) => boolean;
}

const SHARE_WORD = '(?:share|tweet|email|e-mail|print|copy link|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|messenger)';
const SHARE_ROW = new RegExp(`^(?:${SHARE_WORD}[\\s|·•,/]*){1,8}$`, 'i');

export const chromePatterns: readonly ChromePattern[] = [
  {
    reason: 'advertisement',
    test: (line) =>
      /^(?:advertisement|advertising|advert|sponsored(?: content| post| links?)?|ad|ads by \p{L}+|paid (?:content|post)|(?:story|article) continues (?:below|after)(?: (?:the )?(?:advertisement|ad))?|continue reading (?:below|the main story))\s*:?$/iu.test(line),
  },
  {
    reason: 'share buttons',
    test: (line, words) => (SHARE_ROW.test(line) || /^share (?:this|on|via)\b.{0,40}$/i.test(line)) && words <= 12,
  },
  {
    reason: 'newsletter prompt',
    // The word limit first: it settles a long paragraph, which the patterns would read whole.
    test: (line, words) =>
      words <= 25 &&
      /\b(?:sign up|subscribe|enter your email|get (?:our|the) newsletter|delivered (?:straight |directly )?to your inbox)\b/i.test(line) &&
      /\b(?:newsletter|inbox|email|updates|subscribe|sign up)\b/i.test(line) &&
      !/[.!?]["”’]?\s+\p{Lu}/u.test(line), // a single prompt, not a paragraph of several sentences
  },
  {
    reason: 'cookie notice',
    test: (line, words) =>
      (words <= 70 &&
        /\bcookies?\b/i.test(line) &&
        /\b(?:we use|this (?:site|website) uses|accept|consent|by (?:continuing|using)|manage (?:your )?(?:preferences|settings)|privacy policy|cookie policy)\b/i.test(line) &&
        /\b(?:we|our|you|your|this (?:site|website))\b/i.test(line)) ||
      /^(?:accept|reject|decline|allow) (?:all|all cookies|cookies|necessary cookies)$/i.test(line) ||
      /^(?:cookie (?:settings|preferences|policy))$/i.test(line),
  },
  {
    reason: 'navigation',
    test: (line, words) =>
      /^(?:skip to (?:main )?(?:content|navigation|search)|jump to (?:content|navigation|search)|back to top|main menu|menu|open menu|close menu|toggle navigation|search|home|previous (?:article|post|story)|next (?:article|post|story))$/i.test(line) ||
      (/^home\s*[>›»/|]\s*\S/i.test(line) && words <= 15),
  },
  {
    reason: 'related links',
    test: (line, words) =>
      /^(?:related(?: articles| stories| content| coverage| posts| reading| topics| news)?|read more|read next|more from [\p{L} ]{1,40}|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|you (?:may|might) also (?:like|be interested in)|popular (?:stories|posts|now)|also read|don['’]t miss|more stories)\s*:?$/iu.test(line) ||
      (/^(?:read more|related|also read|see more|more|read also|watch|listen)\s*:\s*\S/i.test(line) && words <= 25),
  },
  {
    reason: 'copyright notice',
    test: (line, words) =>
      words <= 25 &&
      (/^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})/i.test(line) || /\ball rights reserved\.?$/i.test(line)),
  },
  {
    reason: 'topic tags',
    test: (line, words) => /^(?:tags|topics|filed under|categories|category|keywords)\s*(?::\s*\S.*)?$/i.test(line) && words <= 30,
  },
  {
    // The line wikis print under every article title; it names the site, not the subject.
    reason: 'site tagline',
    test: (line) => /^from [\p{L}\p{N} .'’-]{2,40}, the free (?:encyclopedia|encyclopaedia|dictionary)$/iu.test(line),
  },
];

export function chromeReason(line: string): string | null {
  const words = boundedWordCount(line);
  return chromePatterns.find((pattern) => pattern.test(line, words))?.reason ?? null;
}

export const siteChromeRule: NoiseRule = ({ lines, skip }) => {
  const flags: NoiseFlags = new Map();
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || skip.has(index)) return;
    const reason = chromeReason(line);
    if (reason !== null) flags.set(index, reason);
  });
  return flags;
};
