// The HTML path: parse the page inertly, let Readability find the article, lay out every block
// of the page body as lines, and flag the blocks that are not part of the article.

import { createRequire } from 'node:module';
import type * as ReadabilityModule from '@mozilla/readability';
import { matchArticle } from './article-match.ts';
import { htmlBlocks } from './html-blocks.ts';
import { parseInertHtml } from './html-document.ts';
import { readHtmlMetadata } from './html-metadata.ts';
import { comparable } from './line-shape.ts';
import type { FormatLines, TextBlock } from './text-blocks.ts';
import { layOutBlocks } from './text-blocks.ts';

export function htmlToLines(html: string): FormatLines {
  const dom = parseInertHtml(html);
  try {
    const { document } = dom.window;
    // Readability rewrites the tree it reads, so it gets a copy and the page stays whole.
    const { Readability } = createRequire(import.meta.url)('@mozilla/readability') as typeof ReadabilityModule;
    const article = new Readability<Element>(document.cloneNode(true) as Document, {
      serializer: (node) => node as Element,
    }).parse();
    const stated = readHtmlMetadata(document, article);
    const pageBlocks = document.body === null ? [] : htmlBlocks(document.body);
    const articleBlocks = article?.content == null ? null : htmlBlocks(article.content);
    const inArticle = articleMembership(pageBlocks, articleBlocks, stated.title ?? null);

    const layout = layOutBlocks(pageBlocks);
    const removed = new Map<number, string>();
    const protectedLines = new Set<number>();
    pageBlocks.forEach((block, index) => {
      const lines = layout.blockLines[index] ?? [];
      const reason = !inArticle[index] ? 'outside the article' : block.role === 'caption' ? 'image caption' : null;
      for (const line of lines) {
        if (reason !== null) removed.set(line, reason);
        if (block.role === 'code') protectedLines.add(line);
      }
    });
    return { lines: layout.lines, removed, protectedLines, stated };
  } finally {
    dom.window.close();
  }
}

// Readability sometimes settles on a stray fragment of a page that has no real article. When
// what it found is both short and a small part of the page, trusting it would hide the page.
const SMALL_ARTICLE_CHARS = 500;
const SMALL_ARTICLE_SHARE = 0.25;

function isImplausiblySmall(pageTexts: readonly string[], membership: readonly boolean[]): boolean {
  let inside = 0;
  let total = 0;
  pageTexts.forEach((text, index) => {
    total += text.length;
    if (membership[index] === true) inside += text.length;
  });
  return inside < SMALL_ARTICLE_CHARS && inside < total * SMALL_ARTICLE_SHARE;
}

function articleMembership(pageBlocks: readonly TextBlock[], articleBlocks: readonly TextBlock[] | null, title: string | null): boolean[] {
  // Without an article (Readability found none) nothing can be called outside it.
  if (articleBlocks === null || articleBlocks.length === 0) return pageBlocks.map(() => true);
  const pageTexts = pageBlocks.map((block) => block.lines.join(' '));
  const membership = matchArticle(pageTexts, articleBlocks.map((block) => block.lines.join(' ')));
  if (isImplausiblySmall(pageTexts, membership)) return pageBlocks.map(() => true);
  // Readability drops the page's headline from the article because it equals the title; the
  // reader still expects to see it, so the first heading matching the title stays.
  if (title !== null) {
    const wanted = comparable(title);
    const headline = pageBlocks.findIndex((block) => block.role === 'heading' && comparable(block.lines.join(' ')) === wanted);
    if (headline >= 0) membership[headline] = true;
  }
  return membership;
}
