// A Markdown report a person reads: each source with its highlights (quote,
// note, tags), then each event with its dated line and the passages linked to
// it. Text from sources is escaped so it cannot turn into markup or links.

import type { SelectedRows } from './read-selection.ts';
import { formatEventDate } from '../../events/event-date-words.ts';

export function exportMarkdown(rows: SelectedRows, heading: string): { markdown: string; counts: { sources: number; highlights: number; events: number; links: number } } {
  const tagName = new Map(rows.tags.map((t) => [t.id, t.name]));
  const sourceTitle = new Map(rows.sources.map((s) => [s.id, s.title]));
  const highlightById = new Map(rows.highlights.map((h) => [h.id, h]));
  const out: string[] = [`# ${inline(heading)}`, ''];
  out.push('## Sources', '');
  for (const source of rows.sources) {
    out.push(`### ${inline(source.title)}`, '');
    const facts = [source.author, source.publisher, source.publishedAt].filter((v): v is string => v !== null && v !== '').map(inline);
    if (source.url !== null) facts.push(`<${source.url.replace(/[<>\s]/gu, encodeURIComponent)}>`);
    if (facts.length > 0) out.push(facts.join(' · '), '');
    const highlights = rows.highlights.filter((h) => h.sourceId === source.id);
    if (highlights.length === 0) out.push('_No highlights._', '');
    for (const h of highlights) {
      out.push(quote(h.exact));
      if (h.status !== 'anchored') out.push('>', `> _(${h.status})_`);
      out.push('');
      if (h.note !== '') out.push(`**Note:** ${inline(h.note)}`, '');
      const tags = h.tagIds.map((id) => tagName.get(id)).filter((n): n is string => n !== undefined);
      if (tags.length > 0) out.push(`**Tags:** ${tags.map(inline).join(', ')}`, '');
    }
  }
  if (rows.events.length > 0) {
    out.push('## Events', '');
    for (const event of rows.events) {
      out.push(`### ${inline(event.title)}`, '', `_${inline(formatEventDate({ start: event.dateStart, end: event.dateEnd, precision: event.precision }))}_${event.place !== '' ? ` · ${inline(event.place)}` : ''}`, '');
      if (event.description !== '') out.push(inline(event.description), '');
      for (const link of rows.links.filter((l) => l.eventId === event.id)) {
        const h = highlightById.get(link.highlightId);
        if (h === undefined) continue;
        out.push(`- **${link.stance}**, ${inline(sourceTitle.get(h.sourceId) ?? '')}:`, '', quote(h.exact).replace(/^/gmu, '  '), '');
      }
    }
  }
  return {
    markdown: `${out.join('\n').replace(/\n{3,}/gu, '\n\n').trimEnd()}\n`,
    counts: { sources: rows.sources.length, highlights: rows.highlights.length, events: rows.events.length, links: rows.links.length },
  };
}

/** One line of text with Markdown's and HTML's special characters escaped. */
function inline(text: string): string {
  const escaped = text.replace(/\s*\n\s*/gu, ' ').replace(/[\\`*_{}[\]<>|~&]/gu, (c) => `\\${c}`);
  // A line starting like a heading, a list item or a numbered item would become one.
  return escaped.replace(/^(\s*)([#+-]|\d+(?=[.)]))/u, '$1\\$2');
}

function quote(text: string): string {
  return text.split('\n').map((line) => `> ${inline(line)}`).join('\n');
}
