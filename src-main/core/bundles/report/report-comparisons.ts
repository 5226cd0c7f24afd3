// For each selected event, what compare.event shows: one column per source with its passages in
// reading order (and the claims read from them), then the discrepancies with what each source claims
// and the user's verdict. The comparison itself is compareEvent's; this file only writes it out.

import type Database from 'better-sqlite3';
import { compareEvent, type ClaimView, type Column, type DiscrepancyView, type EventComparison } from '../../compare/compare-event.ts';
import type { EventSummary } from '../../events/event-types.ts';
import { anchorId, escapeHtml as esc } from './escape-html.ts';
import { formatEventDate, formatIsoDate } from '../../events/event-date-words.ts';
import { eventFacts } from './report-timeline.ts';

const excludedWords: Readonly<Record<string, string>> = {
  stance: 'not compared: the passage is linked as context or as disputing',
  reported: 'not compared: reported from elsewhere',
  partial: 'not compared: a part of a total',
  negated: 'not compared: a negation',
  'another time': 'not compared: about another time',
};

export function writeComparisons(db: Database.Database, write: (chunk: string) => void, events: readonly EventSummary[]): void {
  write('<section class="chapter" id="comparisons">\n<h2>Comparisons by event</h2>\n');
  if (events.length === 0) write('<p class="muted">No events are in this report.</p>\n');
  const inReport = db.prepare('SELECT 1 FROM selected_highlights WHERE id = ?').pluck();
  const selected = (highlightId: string) => inReport.get(highlightId) !== undefined;
  for (const event of events) writeComparison(write, compareEvent(db, event.id), selected);
  write('</section>\n');
}

function writeComparison(write: (chunk: string) => void, comparison: EventComparison, selected: (highlightId: string) => boolean): void {
  const { event, columns, discrepancies } = comparison;
  write(`<article class="comparison" id="${anchorId('cmp', event.id)}">\n<h3>${esc(event.title)}</h3>\n`);
  write(`<p class="meta"><a href="#${anchorId('ev', event.id)}">${esc(formatEventDate(event.date))}</a></p>${eventFacts(event)}\n`);
  if (columns.length === 0) {
    write('<p class="muted">No passages are linked to this event.</p>\n</article>\n');
    return;
  }
  write(`<h4>The accounts side by side</h4>\n<div class="scroll"><table class="columns">\n<thead><tr>`);
  for (const column of columns) write(`<th scope="col">${sourceHeading(column)}</th>`);
  write('</tr></thead>\n<tbody><tr>');
  for (const column of columns) {
    write('<td>');
    for (const passage of column.passages) {
      const where = passage.status === 'orphaned' ? ' <span class="badge orphaned">orphaned</span>' : passage.status === 'fuzzy' ? ' <span class="badge fuzzy">needs review</span>' : '';
      const link = selected(passage.highlightId) ? ` <a href="#${anchorId('hl', passage.highlightId)}">in the source</a>` : '';
      write(`<div class="passage"><span class="badge ${esc(passage.stance)}">${esc(passage.stance)}</span>${where}${link}<blockquote>${esc(passage.exact)}</blockquote>`);
      if (passage.note !== '') write(`<div class="note"><b>Note:</b> ${esc(passage.note)}</div>`);
      if (passage.claims.length > 0) write(`<div class="claims">${passage.claims.map(claimText).join('; ')}</div>`);
      write('</div>');
    }
    write('</td>');
  }
  write('</tr></tbody>\n</table></div>\n');
  writeDiscrepancies(write, discrepancies, columns);
  const agreeing = comparison.agreements.map((g) => esc(g.label));
  if (agreeing.length > 0) write(`<p class="meta">The accounts agree on: ${agreeing.join(', ')}.</p>\n`);
  const single = comparison.onlyIn.map((g) => `${esc(g.label)} (only ${g.sources.map((s) => esc(s.sourceTitle)).join(', ')})`);
  if (single.length > 0) write(`<p class="meta">Said by one account only: ${single.join('; ')}.</p>\n`);
  write('</article>\n');
}

function sourceHeading(column: Column): string {
  const s = column.source;
  const byline = [s.publisher, s.publishedAt === null ? null : formatIsoDate(s.publishedAt), s.author].filter((p): p is string => p !== null && p !== '');
  return `<a href="#${anchorId('src', s.id)}">${esc(s.title || 'Untitled source')}</a>${byline.length > 0 ? `<div class="meta">${esc(byline.join(' · '))}</div>` : ''}`;
}

function claimText(claim: ClaimView): string {
  const why = claim.excluded === null ? '' : ` (${esc(excludedWords[claim.excluded] ?? `not compared: ${claim.excluded}`)})`;
  return `${esc(claim.label)}: <b>${esc(claim.display)}</b>${why}`;
}

function writeDiscrepancies(write: (chunk: string) => void, discrepancies: readonly DiscrepancyView[], columns: readonly Column[]): void {
  write(`<h4>Discrepancies (${discrepancies.length})</h4>\n`);
  if (discrepancies.length === 0) {
    write('<p class="muted">The accounts linked to this event do not contradict each other on the counts, dates, actors and places read from them.</p>\n');
    return;
  }
  // The outlet's name reads shorter than a headline; the title stands in when there is no publisher.
  const names = new Map(columns.map((c) => [c.source.id, c.source.publisher || c.source.title || 'Untitled source']));
  write('<div class="scroll"><table class="discrepancies">\n<thead><tr><th scope="col">What</th><th scope="col">What each source claims</th><th scope="col">Resolution</th></tr></thead>\n<tbody>\n');
  for (const d of discrepancies) {
    write(`<tr><th scope="row">${esc(d.label)} <div class="meta">${esc(d.kind)}</div></th><td>`);
    for (const source of d.sources) {
      const values = source.claims.map((c) => esc(c.display)).join(', ');
      const quote = source.claims[0]?.quote ?? '';
      write(`<div class="passage"><b>${esc(names.get(source.sourceId) ?? source.sourceTitle)}</b>: ${values}${quote !== '' ? ` <div class="quote">“${esc(quote)}”</div>` : ''}</div>`);
    }
    write('</td><td>');
    const r = d.resolution;
    if (r === null) write('<span class="badge open">open</span>');
    else {
      const trusted = r.trustedSourceId === null ? 'no one account' : (names.get(r.trustedSourceId) ?? 'a source not in this comparison');
      write(`<span class="badge resolved">resolved</span> Trusting <b>${esc(trusted)}</b>`);
      if (r.note !== '') write(` <div class="note">${esc(r.note)}</div>`);
      if (r.stale) write(`<div><span class="badge fuzzy">stale</span> the claims changed after it was resolved</div>`);
    }
    write('</td></tr>\n');
  }
  write('</tbody></table></div>\n');
}
