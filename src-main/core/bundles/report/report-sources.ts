// Each selected source: its metadata (the URL as plain text: see writeSourceMeta), its reading text
// with the selected highlights marked, and the list of those highlights with quote, note, tags,
// status and the events they are linked to.

import type Database from 'better-sqlite3';
import { highlightColumns, toHighlights, type HighlightRow } from '../../annotations/highlight-rows.ts';
import { highlightColors, type Highlight } from '../../annotations/highlight-types.ts';
import { tagColors } from '../../codebook/tag-types.ts';
import { sourceKinds } from '../../sources/source-types.ts';
import { anchorId, escapeHtml as esc, oneOf } from './escape-html.ts';
import { formatIsoDate } from '../../events/event-date-words.ts';
import { writeMarkedText } from './mark-text.ts';

export interface SourceMetaRow {
  id: string;
  title: string;
  author: string | null;
  publisher: string | null;
  published_at: string | null;
  kind: string | null;
  url: string | null;
  language: string | null;
  file_name: string | null;
  imported_at: string;
}

interface LinkRow {
  highlight_id: string;
  stance: string;
  event_id: string;
  title: string;
  selected: number;
}

const kindLabels: Readonly<Record<string, string>> = { news: 'News', analysis: 'Analysis', encyclopedia: 'Encyclopedia', report: 'Report', other: 'Other' };

/** The selected sources in the timeline's order of accounts: by publication date, then title. */
export function selectedSources(db: Database.Database): SourceMetaRow[] {
  return db
    .prepare(
      `SELECT s.id, s.title, s.author, s.publisher, s.published_at, s.kind, s.url, s.language, s.file_name, s.imported_at
       FROM sources s JOIN selected_sources x ON x.id = s.id
       ORDER BY s.published_at IS NULL, s.published_at, s.title COLLATE NOCASE, s.id`,
    )
    .all() as SourceMetaRow[];
}

export function writeSources(db: Database.Database, write: (chunk: string) => void, sources: readonly SourceMetaRow[]): void {
  write('<section class="chapter" id="sources">\n<h2>Sources</h2>\n');
  if (sources.length === 0) write('<p class="muted">No sources are in this report.</p>\n');
  const textOf = db.prepare('SELECT r.text FROM sources s JOIN source_revisions r ON r.id = s.current_revision_id WHERE s.id = ?').pluck();
  const highlightsOf = db.prepare(
    `SELECT ${highlightColumns} FROM highlights h JOIN selected_highlights x ON x.id = h.id WHERE h.source_id = ?
     ORDER BY h.status = 'orphaned', h.start, h."end" DESC, h.id`,
  );
  const linksOf = db.prepare(
    `SELECT l.highlight_id, l.stance, e.id AS event_id, e.title, e.id IN (SELECT id FROM selected_events) AS selected
     FROM event_links l JOIN highlights h ON h.id = l.highlight_id JOIN selected_highlights x ON x.id = h.id JOIN events e ON e.id = l.event_id
     WHERE h.source_id = ? ORDER BY e.date_start IS NULL, e.date_start, e.title COLLATE NOCASE`,
  );
  for (const source of sources) {
    const text = (textOf.get(source.id) as string | undefined) ?? '';
    const highlights = toHighlights(db, highlightsOf.all(source.id) as HighlightRow[]);
    const links = new Map<string, LinkRow[]>();
    for (const link of linksOf.all(source.id) as LinkRow[]) links.set(link.highlight_id, [...(links.get(link.highlight_id) ?? []), link]);
    const numbers = new Map(highlights.map((h, i) => [h.id, i + 1]));

    write(`<article class="source" id="${anchorId('src', source.id)}">\n<h3>${esc(source.title || 'Untitled source')}</h3>\n`);
    writeSourceMeta(write, source);
    write('<h4>Reading text</h4>\n<div class="reading">\n');
    const marked = writeMarkedText(text, highlights, numbers, write);
    write('</div>\n');
    write(`<h4>Highlights (${highlights.length})</h4>\n`);
    if (highlights.length === 0) write('<p class="muted">No highlights of this source are in this report.</p>\n');
    else {
      write('<ol class="hl-list">\n');
      for (const highlight of highlights) writeHighlightItem(write, highlight, numbers.get(highlight.id) ?? 0, marked.has(highlight.id), links.get(highlight.id) ?? []);
      write('</ol>\n');
    }
    write('<p class="meta"><a href="#top">Back to the contents</a></p>\n</article>\n');
  }
  write('</section>\n');
}

/**
 * The URL is shown as text, not as a link: the report is read offline and passed around, and a live
 * link would be one click away from an address chosen by whoever wrote the imported page (a tracker,
 * or a `javascript:` URL). Selecting the text copies it for a reader who does want to visit it.
 */
function writeSourceMeta(write: (chunk: string) => void, source: SourceMetaRow): void {
  const rows: [string, string][] = [];
  if (source.author) rows.push(['Author', esc(source.author)]);
  if (source.publisher) rows.push(['Publisher', esc(source.publisher)]);
  if (source.published_at) rows.push(['Published', `<time>${esc(formatIsoDate(source.published_at))}</time>`]);
  if (source.kind) rows.push(['Kind', esc(kindLabels[oneOf(source.kind, sourceKinds, 'other')] ?? source.kind)]);
  if (source.url) rows.push(['URL', `<span class="url">${esc(source.url)}</span>`]);
  if (source.language) rows.push(['Language', esc(source.language)]);
  if (source.file_name) rows.push(['File', esc(source.file_name)]);
  rows.push(['Imported', esc(source.imported_at.slice(0, 10))]);
  write(`<dl class="meta">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>\n`);
}

const statusLabels: Readonly<Record<string, string>> = {
  fuzzy: 'Needs review: the text changed and this passage was placed by a fuzzy match',
  orphaned: 'Orphaned: this passage is no longer found in the text',
  moved: 'Moved with an edit of the text',
};

function writeHighlightItem(write: (chunk: string) => void, h: Highlight, number: number, marked: boolean, links: readonly LinkRow[]): void {
  const status = h.status === 'anchored' ? '' : `<span class="badge ${esc(h.status)}">${esc(statusLabels[h.status] ?? h.status)}</span>`;
  const number_ = marked ? `<a class="num" href="#${anchorId('at', h.id)}" title="Show in the text">${number}</a>` : `<span class="num">${number}</span>`;
  let html = `<li id="${anchorId('hl', h.id)}" class="st-${esc(h.status)}">${number_}<span class="swatch hl-${oneOf(h.color, highlightColors, 'yellow')}" title="${esc(h.color)} highlight"></span>${status}`;
  html += `<blockquote>${esc(h.exact)}</blockquote>`;
  if (h.previousExact !== null && h.previousExact !== h.exact) html += `<p class="meta">Before the change it read: <span class="quote">${esc(h.previousExact)}</span></p>`;
  if (h.note !== '') html += `<p class="note"><b>Note:</b> ${esc(h.note)}</p>`;
  if (h.tags.length > 0) {
    html += `<p class="meta">Tags: ${h.tags.map((t) => `<span class="tag tag-${oneOf(t.color, tagColors, 'gray')}">${esc(t.name)}</span>`).join('')}</p>`;
  }
  if (links.length > 0) {
    const items = links.map((l) => {
      const title = l.selected === 1 ? `<a href="#${anchorId('ev', l.event_id)}">${esc(l.title)}</a>` : esc(l.title);
      return `<span class="badge ${esc(l.stance)}">${esc(l.stance)}</span>${title}`;
    });
    html += `<p class="meta">Events: ${items.join('; ')}</p>`;
  }
  write(`${html}</li>\n`);
}
