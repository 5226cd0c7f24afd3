import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src-main/core/sources/extract/extract-document.ts';
import { parseMarkdown } from '../../../src-main/core/sources/extract/markdown-blocks.ts';
import { assembleReadingText } from '../../../src-main/core/sources/extract/reading-text.ts';

const NOTE = `---
title: "Notes on the river survey"
author: [Ana Lima, Tom Reyes]
date: 2022-06-01
publisher: Example Field Station
source: https://example.org/survey
lang: pt_BR
---

# Notes on the river survey

The **survey** found *three* new [species](https://example.org/s) along the ~~lower~~ upper river.
This sentence continues the paragraph.  
A line after a hard break.

## Method

- First item with \`inline code\`
- Second item ![a photo](img.png)
  1. Nested item

> A quoted remark.

| Site | Count |
| ---- | ----- |
| A    | 3     |

\`\`\`
Advertisement
<div>code stays as written</div>
\`\`\`

<div><p>Raw HTML paragraph</p><script>alert("x")</script></div>

Advertisement
`;

describe('Markdown', () => {
  const doc = extractDocument('note.md', new TextEncoder().encode(NOTE));

  it('lays out text blocks without Markdown syntax', () => {
    expect(doc.format).toBe('markdown');
    expect(doc.lines).toEqual([
      'Notes on the river survey',
      '',
      'The survey found three new species along the lower upper river. This sentence continues the paragraph.',
      'A line after a hard break.',
      '',
      'Method',
      '',
      'First item with inline code',
      'Second item',
      'Nested item',
      '',
      'A quoted remark.',
      '',
      'Site | Count',
      'A | 3',
      '',
      'Advertisement',
      '<div>code stays as written</div>',
      '',
      'Raw HTML paragraph',
      '',
      'Advertisement',
    ]);
  });

  it('reads front matter as metadata', () => {
    expect(doc.metadata).toMatchObject({
      title: 'Notes on the river survey',
      author: 'Ana Lima and Tom Reyes',
      publisher: 'Example Field Station',
      publishedAt: '2022-06-01',
      url: 'https://example.org/survey',
      language: 'pt-BR',
    });
  });

  it('runs the noise rules on prose but never inside code blocks', () => {
    expect(doc.removed).toEqual([{ line: 21, reason: 'advertisement' }]);
    expect(assembleReadingText(doc.lines, new Set([21]))).toContain('Advertisement\n<div>code stays as written</div>');
  });

  it('takes the title from the first level-1 heading without front matter', () => {
    const plain = extractDocument('x.md', new TextEncoder().encode('Intro line.\n\n## Not this\n\n# The real title\n\nBody text.'));
    expect(plain.metadata.title).toBe('The real title');
  });

  it('survives broken front matter', () => {
    const { frontMatter, blocks } = parseMarkdown('---\ntitle: [unclosed\n---\n\nBody text.');
    expect(frontMatter).toBeNull();
    expect(blocks).toEqual([{ role: 'paragraph', lines: ['Body text.'] }]);
  });
});
