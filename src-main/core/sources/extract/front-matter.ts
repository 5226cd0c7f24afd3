// Metadata a Markdown file states in its front matter (title, author, date, publisher, url,
// language, kind), under the key names common static-site and clipper tools use.

import type { ExtractedMetadata, SourceKind } from './document-types.ts';
import { normalizeLanguageTag } from './metadata/language.ts';
import { cleanUrl } from './metadata/url.ts';
import { normalizeBlockText } from './normalize-text.ts';
import { parseMachineDate } from './parse-date.ts';

const KINDS: readonly SourceKind[] = ['news', 'analysis', 'encyclopedia', 'report', 'other'];

function field(data: Record<string, unknown>, ...keys: string[]): unknown {
  const lowered = new Map(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
  for (const key of keys) {
    const value = lowered.get(key.toLowerCase());
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return normalizeBlockText(value) || null;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'object' && value !== null && 'name' in value) return text((value as { name: unknown }).name);
  return null;
}

function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value]).map(text).filter((name): name is string => name !== null);
  if (list.length <= 1) return list[0] ?? null;
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

export function frontMatterMetadata(data: Record<string, unknown> | null): Partial<ExtractedMetadata> {
  if (data === null) return {};
  const source = text(field(data, 'source'));
  const sourceUrl = cleanUrl(source);
  const date = text(field(data, 'published', 'published_at', 'publishedat', 'pubdate', 'date_published', 'datepublished', 'date', 'created'));
  const kind = text(field(data, 'kind'))?.toLowerCase();
  return {
    title: text(field(data, 'title')),
    author: names(field(data, 'author', 'authors', 'by', 'creator', 'byline')),
    publisher: text(field(data, 'publisher', 'site', 'site_name', 'sitename', 'publication', 'outlet')) ?? (sourceUrl === null ? source : null),
    publishedAt: date === null ? null : parseMachineDate(date),
    url: cleanUrl(text(field(data, 'url', 'link', 'canonical', 'canonical_url', 'original_url', 'permalink', 'source_url'))) ?? sourceUrl,
    kind: KINDS.find((candidate) => candidate === kind) ?? null,
    language: normalizeLanguageTag(text(field(data, 'lang', 'language', 'locale'))),
  };
}
