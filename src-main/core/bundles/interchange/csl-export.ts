// CSL-JSON for reference managers (Zotero, Pandoc citeproc): one item per
// source with its title, authors, where it appeared, when, and its address.

import { isoParts } from '../../events/event-date-words.ts';
import type { ExportSource } from './read-selection.ts';

const cslType: Record<string, string> = {
  news: 'article-newspaper',
  analysis: 'article',
  encyclopedia: 'entry-encyclopedia',
  report: 'report',
  other: 'document',
};

// Periodicals and encyclopedias are containers of the item; a report's or other document's publisher publishes it.
const publishedInside = new Set(['news', 'analysis', 'encyclopedia']);

export function exportCsl(sources: readonly ExportSource[]): { json: string; counts: { items: number } } {
  const items = sources.map((source) => {
    const item: Record<string, unknown> = { id: source.id, type: cslType[source.kind ?? 'other'] ?? 'document', title: source.title };
    const authors = splitAuthors(source.author);
    if (authors.length > 0) item['author'] = authors.map((literal) => ({ literal }));
    if (source.publisher !== null && source.publisher !== '') item[publishedInside.has(source.kind ?? '') ? 'container-title' : 'publisher'] = source.publisher;
    const issued = source.publishedAt === null ? null : isoParts(source.publishedAt);
    if (issued !== null) item['issued'] = { 'date-parts': [[issued.year, issued.month, issued.day].filter((n) => n !== undefined)] };
    if (source.url !== null) item['URL'] = source.url;
    if (source.language !== null) item['language'] = source.language;
    const accessed = isoParts(source.importedAt);
    if (accessed !== null) item['accessed'] = { 'date-parts': [[accessed.year, accessed.month, accessed.day].filter((n) => n !== undefined)] };
    return item;
  });
  return { json: `${JSON.stringify(items, null, 2)}\n`, counts: { items: items.length } };
}

/** "A and B; C" → three authors, each kept whole as a literal name (no guessing at given and family). */
function splitAuthors(author: string | null): string[] {
  if (author === null) return [];
  return author.split(/\s*;\s*|\s+and\s+/u).map((a) => a.trim()).filter((a) => a !== '');
}
