// Menus and link lists copied from a page's header or footer: a run of very short lines
// ("News", "Opinion", "Sport", …) before the article's first paragraph or after its last.

import { atMostWords, isBlank, isProse } from '../line-shape.ts';
import type { NoiseFlags, NoiseRule } from './noise-rule.ts';

const MAX_ITEM_WORDS = 3;
// Three short lines can be a signature or an address; menus are longer.
const MIN_RUN = 4;

export function isMenuItem(line: string): boolean {
  const text = line.trim();
  return text !== '' && atMostWords(text, MAX_ITEM_WORDS) && /\p{L}/u.test(text) && !/\p{N}/u.test(text) && !/[.!?;:,]$/u.test(text);
}

export const menuRunRule: NoiseRule = ({ lines, skip }) => {
  const flags: NoiseFlags = new Map();
  const proseLines = lines.flatMap((line, index) => (!skip.has(index) && isProse(line) ? [index] : []));
  const firstProse = proseLines[0];
  const lastProse = proseLines[proseLines.length - 1];
  // Without running text there is no article to be outside of.
  if (firstProse === undefined || lastProse === undefined) return flags;

  let run: number[] = [];
  const closeRun = (): void => {
    if (run.length >= MIN_RUN) for (const index of run) flags.set(index, 'navigation');
    run = [];
  };
  lines.forEach((line, index) => {
    if (index === firstProse) closeRun();
    if (index >= firstProse && index <= lastProse) return;
    if (isBlank(line) || skip.has(index)) return; // blank lines and removed lines do not end a menu
    if (isMenuItem(line)) run.push(index);
    else closeRun();
  });
  closeRun();
  return flags;
};
