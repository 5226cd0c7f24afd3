// The format-independent step every import ends with: flag noise in the lines, read metadata
// off the kept ones, and let metadata the format stated outright (meta tags, front matter) win.

import { detectContextFreeNoise, detectMetadataNoise, mergeFlags, toRemovedLines } from './detect-noise.ts';
import { documentRegions } from './document-regions.ts';
import type { ExtractedMetadata, RemovedLine } from './document-types.ts';
import { extractTextMetadata } from './extract-metadata.ts';
import { detectKind } from './metadata/kind.ts';
import { detectLanguage } from './metadata/language.ts';
import type { NoiseFlags } from './noise/noise-rule.ts';
import { assembleReadingText } from './reading-text.ts';

export interface LineAnalysisInput {
  lines: readonly string[];
  /** Lines the format already knows are noise (e.g. outside the HTML article), with reasons. */
  removed?: NoiseFlags;
  /** Lines the rules must leave alone, such as code blocks the author wrote. */
  protectedLines?: ReadonlySet<number>;
  /** Metadata stated by the format itself; a non-null field here beats what the text suggests. */
  stated?: Partial<ExtractedMetadata>;
}

export interface LineAnalysis {
  removed: RemovedLine[];
  metadata: ExtractedMetadata;
}

export function analyzeLines(input: LineAnalysisInput): LineAnalysis {
  const { lines } = input;
  const known = input.removed ?? new Map<number, string>();
  const stated = input.stated ?? {};
  const skip = new Set([...known.keys(), ...(input.protectedLines ?? [])]);

  const contextFree = detectContextFreeNoise(lines, skip);
  const afterRules = new Set([...known.keys(), ...contextFree.keys()]);
  const view = { lines, removed: afterRules, ...documentRegions(lines, afterRules) };
  const fromText = extractTextMetadata(view);

  const title = stated.title ?? fromText.fields.title;
  const publisher = stated.publisher ?? fromText.fields.publisher;
  const publisherIsHeaderLine = stated.publisher == null && fromText.publisherLine !== null;
  const metadataNoise = detectMetadataNoise(lines, new Set([...skip, ...contextFree.keys()]), {
    title,
    headerPublisher: publisherIsHeaderLine ? publisher : null,
    headerEnd: view.headerEnd,
  });

  const flags = mergeFlags([known, contextFree, metadataNoise]);
  const removedSet = new Set(flags.keys());
  const finalView = { ...view, removed: removedSet };
  return {
    removed: toRemovedLines(flags),
    metadata: {
      title,
      author: stated.author ?? fromText.fields.author,
      publisher,
      publishedAt: stated.publishedAt ?? fromText.fields.publishedAt,
      url: stated.url ?? fromText.fields.url,
      kind: stated.kind ?? detectKind(finalView, publisher, title),
      language: stated.language ?? detectLanguage(assembleReadingText(lines, removedSet)),
    },
  };
}
