// The Markdown path: blocks without Markdown syntax laid out as lines, code blocks protected
// from the noise rules, and front matter or the first level-1 heading as stated metadata.

import { frontMatterMetadata } from './front-matter.ts';
import { parseMarkdown } from './markdown-blocks.ts';
import type { FormatLines } from './text-blocks.ts';
import { layOutBlocks } from './text-blocks.ts';

export function markdownToLines(markdown: string): FormatLines {
  const { blocks, frontMatter, firstHeading } = parseMarkdown(markdown);
  const layout = layOutBlocks(blocks);
  const protectedLines = new Set<number>();
  blocks.forEach((block, index) => {
    if (block.role === 'code') for (const line of layout.blockLines[index] ?? []) protectedLines.add(line);
  });
  const stated = frontMatterMetadata(frontMatter);
  return {
    lines: layout.lines,
    removed: new Map(),
    protectedLines,
    stated: { ...stated, title: stated.title ?? firstHeading },
  };
}
