// The publisher as the text names it, strongest cue first: a credit line ("SOURCE: …"), a
// copyright line, an organisation credited as author, a wiki tagline, a site name in the
// header, a wire dateline "(Reuters) -", or the outlet the article names as itself ("told X News").

import { atMostWords, stripDecoration } from '../line-shape.ts';
import { footerStart } from '../document-regions.ts';
import type { ContentLine, LineView } from './line-view.ts';
import { contentLines, headerLines, leadLines } from './line-view.ts';
import { isMediaName, isOrganizationName, isSiteNameLine, tidyOrganizationName } from './organization-name.ts';

export interface FoundPublisher {
  publisher: string;
  /** Set when the name was a header line of its own, which is then site chrome. */
  headerLine: number | null;
}

const CREDIT = /^(?:source|sources|credit|via|courtesy(?: of)?|published by|publisher)\s*[:–—-]\s*(.+)$/iu;
// A site's notice carries a year or "All rights reserved" ("© Jane Doe" alone credits a photo).
// The holder ends at the first full stop or "All rights reserved"; legal text may follow.
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*(.+?)\s*(?:[.,;]\s|[.,]?\s*all rights reserved|\.?$)/iu;
const RESERVED = /^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(.+?)[.,]?\s*all rights reserved/iu;
// The line wikis print under the title names the wiki: "From Examplepedia, the free encyclopedia".
const WIKI_TAGLINE = /^from ([\p{L}\p{N} .'’-]{2,40}), the free (?:encyclopedia|encyclopaedia|dictionary)$/iu;
// "Prepared by: Example Research Institute": an organisation credited as author publishes it.
const CORPORATE_AUTHOR = /^(?:prepared|written|compiled|published|produced|issued)\s+by\s*[:–—-]?\s*(?:the\s+)?(.+?)\.?$/iu;
const WIRE_DATELINE = /^[\p{Lu}][\p{Lu} .,'’-]{1,40}\(([\p{Lu}][\p{L}&. ]{1,30})\)\s*[-–—]/u;
// Verbs written case-free by hand: an `i` flag would also let \p{Lu} match lowercase words.
const SELF_REFERENCE = /\b(?:[Tt]old|[Ii]n an (?:exclusive )?interview with|said in an interview with|[Ss]peaking to|spoke to|spoke with|confirmed to)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,4})/gu;
// Every SELF_REFERENCE match holds one of these; a line with none is passed over unscanned.
const SELF_REFERENCE_WORDS = ['old', 'nterview with', 'peaking to', 'spoke ', 'confirmed to'];
const MAX_NAME_WORDS = 8;
const FIGURE_CAPTION = /^(?:figure|fig\.|table|chart|graph|map|exhibit|box|diagram)\s*[\p{N}\p{L}.-]*\s*[:.–—-]/iu;
// Credit lines close an article; a "Source:" further up is more likely a chart's data source.
const FOOTER_LINES = 4;

export function findPublisher(view: LineView): FoundPublisher | null {
  const edges = [...leadLines(view), ...contentLines(view, Math.max(view.leadEnd, footerStart(view.lines, FOOTER_LINES)))];
  const credit = firstName(edges.filter((line) => !followsFigureCaption(view, line.index)), CREDIT);
  if (credit !== null) return { publisher: credit, headerLine: null };
  // Copyright lines are read even when flagged as noise: the line goes, the holder's name stays.
  const everyLine = contentLines({ ...view, removed: new Set() });
  const copyright = firstName(everyLine, COPYRIGHT) ?? firstName(everyLine, RESERVED);
  if (copyright !== null) return { publisher: copyright, headerLine: null };
  const corporate = leadLines(view).map((line) => CORPORATE_AUTHOR.exec(line.text)?.[1]).find((name) => name !== undefined && isOrganizationName(name));
  if (corporate !== undefined) return { publisher: tidyOrganizationName(corporate), headerLine: null };
  const tagline = firstName(contentLines({ ...view, removed: new Set() }, 0, view.headerEnd), WIKI_TAGLINE);
  if (tagline !== null) return { publisher: tagline, headerLine: null };
  const siteName = headerSiteName(view);
  if (siteName !== null) return siteName;
  // The dateline opens the first paragraph, which is where the header ends.
  const wire = firstName(contentLines(view, 0, view.headerEnd + 1), WIRE_DATELINE);
  if (wire !== null) return { publisher: wire, headerLine: null };
  const self = selfReference(view);
  return self === null ? null : { publisher: self, headerLine: null };
}

// "Source: …" under "Figure 2: …" credits a chart's data, not the document.
function followsFigureCaption(view: LineView, index: number): boolean {
  for (let previous = index - 1; previous >= 0; previous -= 1) {
    const text = (view.lines[previous] ?? '').trim();
    if (text !== '' && !view.removed.has(previous)) return FIGURE_CAPTION.test(text);
  }
  return false;
}

function firstName(lines: readonly ContentLine[], pattern: RegExp): string | null {
  for (const line of lines) {
    const value = pattern.exec(line.text)?.[1]?.trim();
    if (value !== undefined && isPlausibleName(value)) return tidyOrganizationName(value);
  }
  return null;
}

// A name, not a URL, a sentence or a figure's data source description.
function isPlausibleName(value: string): boolean {
  if (value === '' || !atMostWords(value, MAX_NAME_WORDS)) return false;
  if (/https?:\/\/|www\.|@/iu.test(value)) return false;
  if (/[.!?]\s+\p{Lu}/u.test(value)) return false;
  return /^[\p{Lu}\p{N}]/u.test(value);
}

// A header line that is only an organisation's name, e.g. "• Example Policy Institute".
function headerSiteName(view: LineView): FoundPublisher | null {
  for (const line of headerLines(view)) {
    if (!isSiteNameLine(line.text)) continue;
    return { publisher: tidyOrganizationName(stripDecoration(line.text)), headerLine: line.index };
  }
  return null;
}

// The outlet an article names as its interviewer is, in news writing, the outlet itself.
// Counted over the whole text so the most frequent media name wins.
function selfReference(view: LineView): string | null {
  const counts = new Map<string, number>();
  for (const line of contentLines(view)) {
    if (!SELF_REFERENCE_WORDS.some((word) => line.text.includes(word))) continue;
    for (const match of line.text.matchAll(SELF_REFERENCE)) {
      const name = trimToMediaName(match[1] ?? '');
      if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = name;
  return best;
}

// "NBC News Tuesday" → "NBC News": the longest leading run of words that is a media name.
function trimToMediaName(candidate: string): string | null {
  const tokens = candidate.split(/\s+/u);
  for (let end = tokens.length; end > 0; end -= 1) {
    const name = tokens.slice(0, end).join(' ').replace(/[.,]$/u, '');
    if (isMediaName(name)) return tidyOrganizationName(name);
  }
  return null;
}
