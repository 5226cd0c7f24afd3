// Metadata an HTML page states about itself: <title>, meta tags (Open Graph, citation_*,
// Dublin Core), the canonical link, <html lang> and JSON-LD, plus what Readability noticed.

import type { ExtractedMetadata } from './document-types.ts';
import { kindFromJsonLd, readJsonLdArticle } from './json-ld.ts';
import { comparable } from './line-shape.ts';
import { namesIn } from './metadata/author.ts';
import { normalizeLanguageTag } from './metadata/language.ts';
import { cleanUrl } from './metadata/url.ts';
import { normalizeBlockText } from './normalize-text.ts';
import { parseMachineDate } from './parse-date.ts';

/** The fields of Readability's result we use; all optional because it often finds none. */
export interface ReadabilityFacts {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  publishedTime?: string | null | undefined;
  lang?: string | null | undefined;
}

type MetaTags = Map<string, string[]>;

function readMetaTags(document: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of document.querySelectorAll('meta')) {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv');
    const content = meta.getAttribute('content');
    if (name === null || content === null || content.trim() === '') continue;
    const key = name.trim().toLowerCase();
    tags.set(key, [...(tags.get(key) ?? []), normalizeBlockText(content)]);
  }
  return tags;
}

function first(tags: MetaTags, ...names: string[]): string | null {
  for (const name of names) {
    const value = tags.get(name)?.[0];
    if (value !== undefined && value !== '') return value;
  }
  return null;
}

function firstOf<T>(...values: (T | null | undefined)[]): T | null {
  for (const value of values) if (value !== null && value !== undefined) return value;
  return null;
}

/** Metadata stated by the page; fields it does not state are null. */
export function readHtmlMetadata(document: Document, readability: ReadabilityFacts | null): Partial<ExtractedMetadata> {
  const tags = readMetaTags(document);
  const jsonLd = readJsonLdArticle(
    Array.from(document.querySelectorAll('script[type="application/ld+json" i]'), (script) => script.textContent ?? ''),
  );

  const publisher = firstOf(
    first(tags, 'og:site_name', 'citation_publisher', 'citation_journal_title', 'dc.publisher', 'dcterms.publisher'),
    jsonLd?.publisher,
    cleanText(readability?.siteName),
    first(tags, 'application-name'),
  );
  const documentTitle = cleanText(document.querySelector('title')?.textContent);
  const title = firstOf(
    first(tags, 'og:title', 'citation_title', 'dc.title', 'dcterms.title', 'twitter:title'),
    jsonLd?.headline,
    cleanText(readability?.title),
    documentTitle,
    cleanText(document.querySelector('h1')?.textContent),
  );

  return {
    title: title === null ? null : withoutSiteSuffix(title, publisher),
    author: readAuthor(tags, jsonLd?.authors ?? [], readability?.byline, publisher),
    publisher,
    publishedAt: firstOf(
      ...[
        first(tags, 'article:published_time', 'citation_publication_date', 'citation_date', 'citation_online_date', 'dc.date', 'dcterms.created', 'dc.date.issued', 'date', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'datepublished'),
        jsonLd?.datePublished,
        readability?.publishedTime,
        document.querySelector('time[pubdate], time[itemprop="datePublished"]')?.getAttribute('datetime'),
        first(tags, 'article:modified_time', 'datemodified'),
        jsonLd?.dateModified,
      ].map((value) => (value === null || value === undefined ? null : parseMachineDate(value))),
    ),
    url: firstOf(
      cleanUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')),
      cleanUrl(first(tags, 'og:url')),
      cleanUrl(jsonLd?.url),
      cleanUrl(first(tags, 'citation_public_url', 'citation_abstract_html_url')),
    ),
    kind: jsonLd === null ? null : kindFromJsonLd(jsonLd.type),
    language: firstOf(
      normalizeLanguageTag(document.documentElement.getAttribute('lang')),
      normalizeLanguageTag(document.documentElement.getAttribute('xml:lang')),
      normalizeLanguageTag(first(tags, 'content-language', 'language', 'dc.language')),
      normalizeLanguageTag(first(tags, 'og:locale')),
      normalizeLanguageTag(jsonLd?.language),
      normalizeLanguageTag(readability?.lang),
    ),
  };
}

function cleanText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = normalizeBlockText(value);
  return text === '' ? null : text;
}

function readAuthor(
  tags: MetaTags,
  jsonLdAuthors: readonly string[],
  byline: string | null | undefined,
  publisher: string | null,
): string | null {
  // Sites often put a profile URL or their own name where the author belongs; neither is a person.
  const isPerson = (value: string | null): value is string =>
    value !== null && !/^https?:/iu.test(value) && (publisher === null || comparable(value) !== comparable(publisher));
  const citation = tags.get('citation_author');
  if (citation !== undefined && citation.length > 0) return joinNames(citation);
  const named = first(tags, 'author', 'dc.creator', 'dcterms.creator', 'article:author', 'parsely-author', 'sailthru.author');
  if (isPerson(named)) return named;
  const people = jsonLdAuthors.filter(isPerson);
  if (people.length > 0) return joinNames(people);
  const bylineText = cleanText(byline);
  return bylineText === null ? null : namesIn(bylineText.replace(/^by\s+/iu, ''));
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

// "Headline | Site" or "Headline - Site" → "Headline", when the site is the one we know.
function withoutSiteSuffix(title: string, publisher: string | null): string {
  if (publisher === null) return title;
  const match = /^(.+?)\s+[|–—:-]\s+([^|–—:-]+)$/u.exec(title);
  if (match?.[1] !== undefined && comparable(match[2] ?? '') === comparable(publisher)) return match[1];
  return title;
}
