// The clean reading text: a heading from the metadata, then the text's
// paragraphs as plain text nodes (never parsed as HTML). Each paragraph carries
// its start offset; highlights are painted over these nodes, never into them.

import { memo, useEffect, useMemo, useRef } from 'react';
import { sourceKindLabels } from '../api/source-kinds.ts';
import { estimatedLines, splitParagraphs } from './paragraphs.ts';
import type { SourceDetail } from './source-detail.ts';

interface ReadingTextProps {
  source: SourceDetail;
  /** Receives the element holding the paragraphs, for selection mapping and painting. */
  textRef?: (element: HTMLDivElement | null) => void;
}

/** Memoized: the workspace re-renders on every selection and highlight change, the text only with the source. */
export const ReadingText = memo(function ReadingText({ source, textRef }: ReadingTextProps) {
  const paragraphs = useMemo(() => splitParagraphs(source.text), [source.text]);
  const heading = useRef<HTMLHeadingElement>(null);

  // Opening a source puts keyboard focus at its start, not on the Back button.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [source.id]);

  const kicker = [source.kind ? sourceKindLabels[source.kind] : null, source.publisher].filter(Boolean).join(' · ');
  const byline = [source.author, source.publishedAt].filter(Boolean).join(' · ');

  return (
    <article className="reading" aria-labelledby="reading-title">
      <header className="reading__header">
        {kicker && <p className="reading__kicker">{kicker}</p>}
        <h1 id="reading-title" ref={heading} tabIndex={-1} className="reading__title">
          {source.title}
        </h1>
        {byline && <p className="reading__byline">{byline}</p>}
      </header>
      <div ref={textRef} className="reading__text" data-testid="reading-text">
        {paragraphs.length === 0 ? (
          <p className="reading__empty">This source has no text left: every line was removed. Restore lines from the panel on the right.</p>
        ) : (
          paragraphs.map((paragraph) => (
            // Paragraphs off screen are not laid out (content-visibility in reader.css); until first drawn they take this height.
            <p key={paragraph.start} data-offset={paragraph.start} style={{ containIntrinsicBlockSize: `auto ${estimatedLines(paragraph.text)}lh` }}>
              {paragraph.text}
            </p>
          ))
        )}
      </div>
    </article>
  );
});
