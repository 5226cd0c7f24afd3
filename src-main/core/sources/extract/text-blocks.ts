// Text blocks (a paragraph, heading, list item, table row or code block) as produced from
// HTML and Markdown, and how blocks are laid out as lines: one blank line between blocks.

import type { ExtractedMetadata } from './document-types.ts';

export type BlockRole = 'heading' | 'paragraph' | 'item' | 'quote' | 'caption' | 'row' | 'code';

export interface TextBlock {
  role: BlockRole;
  /** Normalized, non-empty lines: one for flowing text, several after hard breaks or in code. */
  lines: string[];
}

export interface BlockLayout {
  lines: string[];
  /** For each block, the indexes of its lines in `lines`. */
  blockLines: number[][];
}

// Consecutive list items and table rows read as one unit, so they are not spaced apart.
function runsTogether(previous: TextBlock | undefined, next: TextBlock): boolean {
  return previous !== undefined && previous.role === next.role && (next.role === 'item' || next.role === 'row');
}

export function layOutBlocks(blocks: readonly TextBlock[]): BlockLayout {
  const lines: string[] = [];
  const blockLines: number[][] = [];
  blocks.forEach((block, index) => {
    if (lines.length > 0 && !runsTogether(blocks[index - 1], block)) lines.push('');
    const own: number[] = [];
    for (const line of block.lines) {
      own.push(lines.length);
      lines.push(line);
    }
    blockLines.push(own);
  });
  return { lines, blockLines };
}

/** The lines a format step hands to analyzeLines, with what it already knows about them. */
export interface FormatLines {
  lines: string[];
  removed: Map<number, string>;
  protectedLines: Set<number>;
  stated: Partial<ExtractedMetadata>;
}
