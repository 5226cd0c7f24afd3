// A snippet from the core: plain text parts, the matched words in <mark>.
// Parts are rendered as text, never as HTML.

import type { SnippetPart } from '../../src-main/core/search/snippet.ts';

export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="search-snippet">
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}
