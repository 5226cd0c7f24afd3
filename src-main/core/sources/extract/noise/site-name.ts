// A header line that is nothing but the site's or publisher's name (often a bullet or
// breadcrumb left from the page header). The name is kept as metadata, the line goes.

import { comparable, stripDecoration } from '../line-shape.ts';
import type { NoiseFlags, NoiseInput } from './noise-rule.ts';

export function siteNameFlags(input: NoiseInput, publisher: string | null, headerEnd: number): NoiseFlags {
  const flags: NoiseFlags = new Map();
  if (publisher === null) return flags;
  const wanted = comparable(publisher);
  for (let index = 0; index < Math.min(headerEnd, input.lines.length); index += 1) {
    const line = input.lines[index] ?? '';
    if (input.skip.has(index) || line.trim() === '') continue;
    if (comparable(stripDecoration(line)) === wanted) flags.set(index, 'site name');
  }
  return flags;
}
