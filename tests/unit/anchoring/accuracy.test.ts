// Accuracy floors per scripted revision kind, replayed on the real corpus. The floors sit a little
// under the measured figures (bench/reanchor-accuracy.ts) so a real regression fails, noise does not.

import { describe, expect, it } from 'vitest';
import { LENGTH_BANDS, runKind } from './accuracy.ts';
import { KINDS, type Kind } from './revisions.ts';

type BandLabel = (typeof LENGTH_BANDS)[number]['label'];

interface Floor {
  /** Share of cases graded correct (right place and right status). */
  overall: number;
  /** Stricter floors for some quote-length bands. */
  bands?: Partial<Record<BandLabel, number>>;
}

const FLOORS: Record<Kind, Floor> = {
  'insert-before': { overall: 1 },
  'delete-before': { overall: 1 },
  'typo-near': { overall: 1 },
  'whitespace-quotes': { overall: 1 },
  'retypeset-document': { overall: 1 },
  'passage-deleted': { overall: 1 },
  'passage-rewritten': { overall: 1 },
  'unrelated-document': { overall: 1 },
  // 1–3 char words need both sides of context; the other side is what an adjacent edit destroys.
  'edit-adjacent': { overall: 0.92, bands: { '4-12': 1, '13-32': 1, '33+': 1 } },
  // Short quotes at a paragraph's edge lose one side of context and are orphaned, not guessed.
  'paragraph-moved': { overall: 0.9, bands: { '13-32': 0.97, '33+': 0.97 } },
  'typo-inside': { overall: 0.95, bands: { '13-32': 1, '33+': 1 } },
  'delete-inside': { overall: 0.93, bands: { '33+': 1 } },
  // A word or two inserted into a 5–30 char phrase leaves it less than 60% similar: missed, by design.
  'insert-inside': { overall: 0.78, bands: { '33+': 0.98 } },
};

describe('re-anchoring accuracy on scripted revisions of the corpus', () => {
  it.each(KINDS)('%s', (kind) => {
    const report = runKind(kind);
    const floor = FLOORS[kind];
    expect(report.cases).toBeGreaterThan(500);
    // The one rule without exceptions: never silently attached to other words or another place.
    expect(report.wrong, report.examples.join('\n')).toBe(0);
    expect(report.correct / report.cases).toBeGreaterThanOrEqual(floor.overall);
    LENGTH_BANDS.forEach((band, i) => {
      const want = floor.bands?.[band.label];
      const [cases, correct] = report.byLength[i] ?? [0, 0];
      if (want !== undefined && cases > 0) expect(correct / cases, `${kind} ${band.label}`).toBeGreaterThanOrEqual(want);
    });
  });
});
