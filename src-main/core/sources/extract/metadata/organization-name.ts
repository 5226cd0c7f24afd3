// Recognising the name of a publication or institution ("Arab Democratic Center", "The Daily
// News", "Institute for the Study of War") and writing shouted names in normal case.

import { isAllCaps, stripDecoration, words } from '../line-shape.ts';

// The words publication and institution names are built around.
const MEDIA_WORDS = [
  'News', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Guardian', 'Observer',
  'Chronicle', 'Review', 'Magazine', 'Daily', 'Weekly', 'Press', 'Media', 'Network', 'Radio', 'Television',
  'TV', 'Wire', 'Monitor', 'Independent', 'Standard', 'Express', 'Mail', 'Mirror', 'Courier', 'Dispatch',
  'Bulletin', 'Insider', 'Broadcasting', 'Agency',
];
const INSTITUTION_WORDS = [
  'Center', 'Centre', 'Institute', 'Institution', 'Foundation', 'Council', 'Association', 'Society', 'University',
  'College', 'Observatory', 'Forum', 'Initiative', 'Project', 'Program', 'Programme', 'Group', 'Organization',
  'Organisation', 'Commission', 'Committee', 'Ministry', 'Department', 'Office', 'Bureau', 'Library', 'Museum',
  'Endowment', 'Fund', 'Trust', 'Academy', 'Studies', 'Research', 'Service', 'Union', 'Federation',
];
const FUNCTION_WORDS = new Set(['of', 'on', 'for', 'the', 'and', 'in', 'at', 'to', 'de', 'du', '&']);
const MEDIA = new Set(MEDIA_WORDS.map((word) => word.toLowerCase()));
const ORGANIZATION = new Set([...MEDIA_WORDS, ...INSTITUTION_WORDS].map((word) => word.toLowerCase()));

function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/**
 * A short Title Case name whose key word (News, Institute, …) ends it or is followed by
 * "of/for/on …", so "Council on Foreign Relations" counts but "Council Votes to Expel" does not.
 */
export function isOrganizationName(text: string, keyWords: ReadonlySet<string> = ORGANIZATION): boolean {
  const tokens = words(text.trim()).flatMap((token) => token.split('/'));
  // A key word alone ("News" in a menu) is a section name, not an organisation.
  if (tokens.length < 2 || tokens.length > 8) return false;
  if (/[.!?;:]$/u.test(text.trim())) return false;
  for (const token of tokens) {
    if (!FUNCTION_WORDS.has(token.toLowerCase()) && !/^[\p{Lu}\p{N}]/u.test(token)) return false;
  }
  return tokens.some((token, index) => {
    if (!keyWords.has(bare(token))) return false;
    const next = tokens[index + 1];
    return next === undefined || FUNCTION_WORDS.has(next.toLowerCase()) || keyWords.has(bare(next));
  });
}

export function isMediaName(text: string): boolean {
  return isOrganizationName(text, MEDIA);
}

const LOWER_IN_TITLES = new Set(['of', 'on', 'for', 'the', 'and', 'in', 'at', 'to', 'a', 'an']);
// Short words that are words, not acronyms, when a name is written in capitals.
const SHORT_WORDS = new Set(['the', 'new', 'our', 'day', 'sun', 'top', 'one', 'two', 'now', 'all', 'bay', 'war', 'law', 'art', 'age', 'air', 'sea', 'oil', 'big', 'red', 'web']);

/**
 * "NBC NEWS/REUTERS" → "NBC News/Reuters": words of an all-caps name get normal case, but
 * short ones stay capitals because they are usually acronyms. Mixed-case names are left alone.
 */
export function tidyOrganizationName(name: string): string {
  const text = name.trim().replace(/\s+/gu, ' ').replace(/[.,;:]+$/u, '');
  if (!isAllCaps(text)) return text;
  let first = true;
  return text.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    const lower = word.toLowerCase();
    const acronym = word.length <= 3 && !SHORT_WORDS.has(lower) && !LOWER_IN_TITLES.has(lower);
    const result = !first && LOWER_IN_TITLES.has(lower) ? lower : acronym ? word : word.charAt(0) + lower.slice(1);
    first = false;
    return result;
  });
}

// Undecorated, a longer Title Case line ending in "Council" is as likely a headline as a name.
const MAX_BARE_SITE_NAME_WORDS = 4;

/**
 * A header line that stands for the site: an organisation name, either short or set off with
 * a bullet or separator as page headers and breadcrumbs do.
 */
export function isSiteNameLine(line: string): boolean {
  const text = line.trim();
  const name = stripDecoration(text);
  if (name === '' || !isOrganizationName(name)) return false;
  return name !== text || words(name).length <= MAX_BARE_SITE_NAME_WORDS;
}
