// A title printed twice (page header, then article heading) is the title once and noise once:
// the first kept occurrence stays, later identical lines go.

import { comparable, wordCount } from '../line-shape.ts';
import type { NoiseFlags, NoiseInput } from './noise-rule.ts';

// Short titles ("Introduction") legitimately recur as headings, so only real headlines count.
const MIN_TITLE_WORDS = 4;

export function repeatedTitleFlags(input: NoiseInput, title: string | null): NoiseFlags {
  const flags: NoiseFlags = new Map();
  if (title === null || wordCount(title) < MIN_TITLE_WORDS) return flags;
  const wanted = comparable(title);
  const maxLength = title.length * 2 + 20;
  let seen = false;
  input.lines.forEach((line, index) => {
    // Lines already removed for another reason neither count as the title nor need flagging.
    // The length check spares normalizing every long paragraph of a large file.
    if (input.skip.has(index) || line.length > maxLength || comparable(line) !== wanted) return;
    if (seen) flags.set(index, 'repeated title');
    seen = true;
  });
  return flags;
}
