// What sort of document this is (news, analysis, encyclopedia, report), from structural cues
// in the text. Each kind gathers points; a kind is named only when it clearly leads.

import type { SourceKind } from '../document-types.ts';
import { atMostWords, wordCount } from '../line-shape.ts';
import type { LineView } from './line-view.ts';
import { contentLines, leadLines } from './line-view.ts';
import { isMediaName } from './organization-name.ts';

type Scores = Record<Exclude<SourceKind, 'other'>, number>;

const MIN_SCORE = 3;
const MIN_LEAD = 2;

const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s*\p{Lu}[\p{L} .]{1,30})?\s*(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}\s+\p{Lu}/u;
const REPORTED_SPEECH = /\b(?:said|says|told|according to|reportedly|reports suggest|declined to comment|did not (?:immediately )?respond)\b/gi;
const NEWS_PHRASES = /\b(?:on condition of anonymity|told reporters|said in a statement|not authorized to (?:speak|brief)|a spokesperson said|officials said)\b/i;
const CREDIT_LINE = /^(?:source|sources|credit)\s*:\s*(.+)$/i;
const IN_TEXT_CITATION = /\((?:[\p{Lu}][\p{L}'’ -]+(?:et al\.?)?),\s*(?:[\p{L}]+[:,]?\s*)?\d{4}\)/gu;
const REFERENCE_ITEM = /^(?:\[\d+\]|\d+[-.)])\s*\p{Lu}[^,]{2,80},.*\b(?:1[89]|20)\d{2}\b/u;
const REFERENCES_HEADING = /^(?:references|bibliography|sources|works cited|notes|endnotes|footnotes)\s*:?$/i;
const RESEARCHER = /\b(?:researcher|specialist in|research fellow|senior fellow|professor of|lecturer in|analyst at|think tank)\b/i;
const OPINION_LABEL = /^(?:analysis|opinion|commentary|op-ed|perspective|viewpoint|policy brief|essay)\s*[:|]?/i;
const ENCYCLOPEDIA = /\b(?:encyclopedia|encyclopaedia|wikipedia)\b/i;
const WIKI_HEADINGS = /^(?:contents|see also|external links|references|further reading|notes|citations)(?:\[edit\])?$/i;
const CITATION_MARK = /\[\d{1,3}\]/gu;
const REPORT_HEADINGS = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:executive summary|key findings|summary of findings|recommendations|methodology|table of contents|appendix|annex|introduction|conclusions?|scope|background)\s*:?$/i;
const REPORT_TITLE = /\b(?:report|white paper|annual review|assessment|evaluation|working paper|findings)\b/i;
// A piece that names itself: "This brief sets out…", "In this paper we…".
const SELF_ANALYSIS = /\bthis (?:brief|policy brief|paper|working paper|essay|commentary|analysis)\b/i;
const THINK_TANK_NAME = /\b(?:policy|institute|think tank|centre for|center for)\b/i;
// First person singular as the writer's own voice; quotations are taken out before counting.
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|myself)\b/gu;
const QUOTATION = /“[^”]*”|"[^"]*"/gu;
// Lines at the end where an author note sits ("Jane Roe is a senior fellow at …").
const CLOSING_LINES = 3;

export function detectKind(view: LineView, publisher: string | null, title: string | null): SourceKind | null {
  const scores: Scores = { news: 0, analysis: 0, encyclopedia: 0, report: 0 };
  const lines = contentLines(view);
  const text = lines.map((line) => line.text).join('\n');
  const reported = (text.match(REPORTED_SPEECH) ?? []).length;
  // Someone telling what they saw themselves ("I heard two bangs") is a witness, not a news report.
  const firstPerson = (text.replace(QUOTATION, ' ').match(FIRST_PERSON) ?? []).length;
  // Past this many words neither rate below can reach its threshold, so counting stops there.
  const wordsThatMatter = Math.max(200 * reported, Math.floor((1000 * firstPerson) / 15));
  const totalWords = Math.max(1, wordCount(text, wordsThatMatter));

  if (lines.some((line) => DATELINE.test(line.text))) scores.news += 3;
  const reportedPerThousand = (reported * 1000) / totalWords;
  if (reportedPerThousand >= 10) scores.news += 3;
  else if (reportedPerThousand >= 5) scores.news += 2;
  if (NEWS_PHRASES.test(text)) scores.news += 1;
  const credit = leadLines(view).map((line) => CREDIT_LINE.exec(line.text)?.[1]).find((value) => value !== undefined);
  if (credit !== undefined && /\b(?:news|reuters|press|wire|agency|ap|afp)\b/i.test(credit)) scores.news += 2;
  if (publisher !== null && isMediaName(publisher)) scores.news += 1;
  if ((firstPerson * 1000) / totalWords >= 15) scores.news -= 3;

  const citations = (text.match(IN_TEXT_CITATION) ?? []).length;
  if (citations >= 2) scores.analysis += 3;
  const referenceItems = lines.filter((line) => REFERENCE_ITEM.test(line.text)).length;
  if (referenceItems >= 2 || lines.some((line) => REFERENCES_HEADING.test(line.text))) scores.analysis += 2;
  if (leadLines(view).some((line) => RESEARCHER.test(line.text)) || lines.slice(-CLOSING_LINES).some((line) => RESEARCHER.test(line.text))) scores.analysis += 2;
  if (lines.slice(0, 12).some((line) => SELF_ANALYSIS.test(line.text))) scores.analysis += 2;
  if (publisher !== null && THINK_TANK_NAME.test(publisher)) scores.analysis += 2;
  if (leadLines(view).some((line) => OPINION_LABEL.test(line.text) && atMostWords(line.text, 3))) scores.analysis += 3;

  // The wiki tagline is removed as noise but still says what the page is.
  const opening = contentLines({ ...view, removed: new Set() }).slice(0, 5);
  if (opening.some((line) => ENCYCLOPEDIA.test(line.text))) scores.encyclopedia += 4;
  if (lines.filter((line) => WIKI_HEADINGS.test(line.text)).length >= 2) scores.encyclopedia += 2;
  if ((text.match(CITATION_MARK) ?? []).length >= 5) scores.encyclopedia += 2;

  if (lines.filter((line) => REPORT_HEADINGS.test(line.text)).length >= 3) scores.report += 3;
  if (title !== null && REPORT_TITLE.test(title)) scores.report += 2;

  return leader(scores);
}

function leader(scores: Scores): SourceKind | null {
  const ranked = (Object.entries(scores) as [Exclude<SourceKind, 'other'>, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || first[1] < MIN_SCORE) return null;
  if (second !== undefined && first[1] - second[1] < MIN_LEAD) return null;
  return first[0];
}
