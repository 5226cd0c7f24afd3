// The labelled set, measured: discrepancy detection precision and recall over the sample and the corpus,
// alignment and find-passage top-1 accuracy. Floors sit a little under today's figures so a regression fails.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAllEvents, openLabeledProject, scoreAlignment, scoreDiscrepancies, scoreFindPassage, type LabeledProject } from './labeled-project.ts';

let project: LabeledProject;
beforeAll(() => {
  project = openLabeledProject();
  buildAllEvents(project);
});
afterAll(() => project.core.close());

describe('the labelled set', () => {
  it('finds the planted and the real discrepancies (precision and recall at least 0.8)', () => {
    const score = scoreDiscrepancies(project);
    expect(score.labeled).toBe(15);
    expect(score.falsePositives, 'false positives').toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('aligns corresponding passages (top-1 accuracy)', () => {
    const score = scoreAlignment(project);
    expect(score.accuracy, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.7);
  });

  it('finds a passage in another source (top-1 accuracy)', () => {
    const score = scoreFindPassage(project);
    expect(score.accuracy, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.78);
  });
});
