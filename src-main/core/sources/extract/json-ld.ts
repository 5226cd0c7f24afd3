// Reading schema.org JSON-LD blocks as data (they are never executed): the article object's
// headline, authors, publisher, dates, address, language and type.

import type { SourceKind } from './document-types.ts';

export interface JsonLdArticle {
  type: string[];
  headline: string | null;
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
  dateModified: string | null;
  url: string | null;
  language: string | null;
}

type JsonObject = Record<string, unknown>;

function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  const object = asObject(value);
  if (object === null) return null;
  return asText(object.name) ?? asText(object['@id']) ?? null;
}

function typesOf(object: JsonObject): string[] {
  return asList(object['@type']).filter((type): type is string => typeof type === 'string');
}

// Every object in a JSON-LD value, including those listed under @graph.
function objectsIn(value: unknown): JsonObject[] {
  return asList(value).flatMap((item) => {
    const object = asObject(item);
    if (object === null) return [];
    return [object, ...objectsIn(object['@graph'])];
  });
}

const ARTICLE_TYPE = /Article$|Posting$|^Report$|^Thesis$|^Chapter$|^Book$/u;

/** The first article-like object among the given JSON-LD script texts; broken JSON is skipped. */
export function readJsonLdArticle(scriptTexts: readonly string[]): JsonLdArticle | null {
  const objects = scriptTexts.flatMap((text) => {
    try {
      return objectsIn(JSON.parse(text) as unknown);
    } catch {
      return [];
    }
  });
  const article = objects.find((object) => typesOf(object).some((type) => ARTICLE_TYPE.test(type)));
  if (article === undefined) return null;
  const mainEntity = asObject(article.mainEntityOfPage);
  return {
    type: typesOf(article),
    headline: asText(article.headline) ?? asText(article.name),
    authors: asList(article.author).map(asText).filter((name): name is string => name !== null),
    publisher: asText(article.publisher),
    datePublished: asText(article.datePublished) ?? asText(article.dateCreated),
    dateModified: asText(article.dateModified),
    url: asText(article.url) ?? (mainEntity === null ? asText(article.mainEntityOfPage) : asText(mainEntity['@id'])),
    language: asText(article.inLanguage),
  };
}

const KIND_BY_TYPE: Readonly<Record<string, SourceKind>> = {
  NewsArticle: 'news',
  ReportageNewsArticle: 'news',
  BackgroundNewsArticle: 'news',
  AnalysisNewsArticle: 'analysis',
  OpinionNewsArticle: 'analysis',
  ScholarlyArticle: 'analysis',
  Report: 'report',
};

export function kindFromJsonLd(types: readonly string[]): SourceKind | null {
  for (const type of types) {
    const kind = KIND_BY_TYPE[type];
    if (kind !== undefined) return kind;
  }
  return null;
}
