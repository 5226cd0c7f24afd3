// Blog bylines that give author and date together: "Posted by Dana Whitfield on March 3, 2024".
// Both are read off the one line; a "Posted by" that names no person gives no author.

import { describe, expect, it } from 'vitest';
import { documentRegions } from '../../../src-main/core/sources/extract/document-regions.ts';
import { extractDocument } from '../../../src-main/core/sources/extract/extract-document.ts';
import { findAuthor } from '../../../src-main/core/sources/extract/metadata/author.ts';
import type { LineView } from '../../../src-main/core/sources/extract/metadata/line-view.ts';
import { findPublicationDate } from '../../../src-main/core/sources/extract/metadata/publication-date.ts';

const PROSE =
  'The committee met for three hours on Thursday and agreed to publish its findings in the spring, after a long argument about how much of the evidence could be shown to the public without risk.';

function view(lines: string[]): LineView {
  const removed = new Set<number>();
  return { lines, removed, ...documentRegions(lines, removed) };
}

function read(byline: string): { author: string | null; date: string | null } {
  const lines = ['Harbour wall plans go to a vote', byline, PROSE, PROSE];
  return { author: findAuthor(view(lines))?.author ?? null, date: findPublicationDate(view(lines)) };
}

describe('a "Posted by NAME on DATE" byline', () => {
  it.each([
    'Posted by Dana Whitfield on March 3, 2024',
    'Posted by Dana Whitfield on Sunday, March 3, 2024',
    'Posted by Dana Whitfield on March 3, 2024 in Local News',
    'Posted by Dana Whitfield, March 3, 2024',
    'Posted on March 3, 2024 by Dana Whitfield',
  ])('gives both the author and the date: %s', (byline) => {
    expect(read(byline)).toEqual({ author: 'Dana Whitfield', date: '2024-03-03' });
  });

  it('gives no author when it names no person, and no date when it states none', () => {
    expect(read('Posted by the council on its website')).toEqual({ author: null, date: null });
    expect(read('Posted by the council on March 3, 2024')).toEqual({ author: null, date: '2024-03-03' });
  });

  it('is read by the whole import of a pasted blog post', () => {
    const post = ['The Lower Quay Notebook', '', 'Why the ferry timetable keeps changing', '', 'Posted by Dana Whitfield on March 3, 2024', '', PROSE, '', PROSE].join('\n');
    const { metadata } = extractDocument('ferry.txt', new TextEncoder().encode(post));
    expect(metadata.author).toBe('Dana Whitfield');
    expect(metadata.publishedAt).toBe('2024-03-03');
  });

  it('is not taken from a comment further down the page', () => {
    const lines = ['Harbour wall plans go to a vote', PROSE, PROSE, PROSE, 'Posted by Lee Marsh on March 9, 2024', 'I agree with every word of this.'];
    expect(findAuthor(view(lines))).toBeNull();
    expect(findPublicationDate(view(lines))).toBeNull();
  });
});
