// Metadata read off the lines themselves (title, author, publisher, date, address), each
// from its own reader; fields the text does not state stay null.

import type { ExtractedMetadata } from './document-types.ts';
import { findAuthor } from './metadata/author.ts';
import type { LineView } from './metadata/line-view.ts';
import { findPublicationDate } from './metadata/publication-date.ts';
import { findPublisher } from './metadata/publisher.ts';
import { findTitle } from './metadata/title.ts';
import { findUrl } from './metadata/url.ts';

export interface TextMetadata {
  fields: Pick<ExtractedMetadata, 'title' | 'author' | 'publisher' | 'publishedAt' | 'url'>;
  /** The header line that was nothing but the publisher's name, if the publisher came from one. */
  publisherLine: number | null;
}

export function extractTextMetadata(view: LineView): TextMetadata {
  const title = findTitle(view);
  const publisher = findPublisher(view);
  return {
    fields: {
      title: title?.title ?? null,
      author: findAuthor(view)?.author ?? null,
      publisher: publisher?.publisher ?? null,
      publishedAt: findPublicationDate(view),
      url: findUrl(view),
    },
    publisherLine: publisher?.headerLine ?? null,
  };
}
