// Runs the line-by-line noise rules in a fixed order and merges their flags: a line keeps the
// first reason it was given, and lines the caller protects are never touched.

import type { RemovedLine } from './document-types.ts';
import { authorBioRule } from './noise/author-bio.ts';
import { browserWarningRule } from './noise/browser-warning.ts';
import { commentFormRule } from './noise/comment-form.ts';
import { imageCaptionRule } from './noise/image-caption.ts';
import { leakedMarkupRule } from './noise/leaked-markup.ts';
import { menuRunRule } from './noise/menu-run.ts';
import type { NoiseFlags, NoiseInput, NoiseRule } from './noise/noise-rule.ts';
import { photoCreditRule } from './noise/photo-credit.ts';
import { repeatedTitleFlags } from './noise/repeated-title.ts';
import { siteChromeRule } from './noise/site-chrome.ts';
import { siteNameFlags } from './noise/site-name.ts';

// Order matters only for the reason shown when two rules agree a line is noise.
const CONTEXT_FREE_RULES: readonly NoiseRule[] = [
  leakedMarkupRule,
  browserWarningRule,
  imageCaptionRule,
  photoCreditRule,
  commentFormRule,
  authorBioRule,
  siteChromeRule,
  menuRunRule,
];

/** Noise that can be recognised from the lines alone, before any metadata is known. */
export function detectContextFreeNoise(lines: readonly string[], skip: ReadonlySet<number>): NoiseFlags {
  const input: NoiseInput = { lines, skip };
  return mergeFlags(CONTEXT_FREE_RULES.map((rule) => rule(input)));
}

export interface KnownMetadata {
  title: string | null;
  /** Set only when the publisher was read off a header line, which then is the site name. */
  headerPublisher: string | null;
  headerEnd: number;
}

/** Noise recognised through the metadata: the repeated title and the bare site-name line. */
export function detectMetadataNoise(lines: readonly string[], skip: ReadonlySet<number>, known: KnownMetadata): NoiseFlags {
  const input: NoiseInput = { lines, skip };
  return mergeFlags([repeatedTitleFlags(input, known.title), siteNameFlags(input, known.headerPublisher, known.headerEnd)]);
}

export function mergeFlags(all: readonly NoiseFlags[]): NoiseFlags {
  const merged: NoiseFlags = new Map();
  for (const flags of all) {
    for (const [line, reason] of flags) if (!merged.has(line)) merged.set(line, reason);
  }
  return merged;
}

/** Flags as the sorted list stored with a document. */
export function toRemovedLines(flags: NoiseFlags): RemovedLine[] {
  return [...flags].map(([line, reason]) => ({ line, reason })).sort((a, b) => a.line - b.line);
}
