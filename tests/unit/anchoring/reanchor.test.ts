// Behaviour of reanchor/reanchorMany on small hand-written revisions, one per rule of the design.
// The corpus-wide figures live in accuracy.test.ts.

import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src-main/core/annotations/anchoring/describe-range.ts';
import { reanchor, reanchorMany } from '../../../src-main/core/annotations/anchoring/reanchor.ts';
import type { AnchorTarget } from '../../../src-main/core/annotations/anchoring/types.ts';

const TEXT = [
  'The US embassy in Baghdad has been attacked repeatedly over the past year.',
  'Officials said the embassy would stay open, but the State Department warned that it could close.',
  'Militias backed by Iran denied any role in the rocket attacks on the Green Zone.',
].join('\n\n');

function highlight(text: string, words: string, occurrence = 0): AnchorTarget {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(words, at + 1);
  if (at === -1) throw new Error(`no ${words}`);
  return describeRange(text, at, at + words.length);
}

describe('reanchor', () => {
  it('keeps an untouched highlight anchored with score 1', () => {
    const target = highlight(TEXT, 'would stay open');
    expect(reanchor(target, TEXT)).toEqual({ status: 'anchored', position: target.position, quote: target.quote, score: 1 });
  });

  it('moves a highlight when text is inserted before it', () => {
    const target = highlight(TEXT, 'rocket attacks');
    const revised = 'Updated: ' + TEXT;
    const result = reanchor(target, revised);
    expect(result.status).toBe('moved');
    expect(result.position).toEqual({ start: target.position.start + 9, end: target.position.end + 9 });
    expect(result.quote?.exact).toBe('rocket attacks');
  });

  it('follows a moved paragraph', () => {
    const target = highlight(TEXT, 'denied any role');
    const [a, b, c] = TEXT.split('\n\n');
    const revised = [c, a, b].join('\n\n');
    const result = reanchor(target, revised);
    expect(result.status).toBe('moved');
    expect(revised.slice(result.position?.start, result.position?.end)).toBe('denied any role');
  });

  it('offers a typo fix inside the quote for review, showing the new words', () => {
    const typoed = TEXT.replace('repeatedly', 'repaetedly');
    const target = highlight(typoed, 'attacked repaetedly over');
    const result = reanchor(target, TEXT);
    expect(result.status).toBe('fuzzy');
    expect(result.quote?.exact).toBe('attacked repeatedly over');
    expect(result.score).toBeGreaterThan(0.78);
  });

  it('still anchors across whitespace and quote-mark changes inside the quote', () => {
    const curly = TEXT.replace('State Department', 'State\u00a0 Department’s');
    const target = highlight(curly, 'the State\u00a0 Department’s');
    const result = reanchor(target, TEXT.replace('State Department', "State\nDepartment's"));
    expect(result.status).toBe('moved');
    expect(result.quote?.exact).toBe("the State\nDepartment's");
  });

  it('orphans a deleted passage instead of attaching it to other words', () => {
    const target = highlight(TEXT, 'Officials said the embassy would stay open, ');
    const result = reanchor(target, TEXT.replace('Officials said the embassy would stay open, ', ''));
    expect(result).toEqual({ status: 'orphaned', position: null, quote: null, score: expect.any(Number) });
  });

  it('never moves a deleted short word onto another copy of it', () => {
    const target = highlight(TEXT, 'the', 1); // "said the embassy"
    const revised = TEXT.replace('said the embassy', 'said embassy');
    expect(reanchor(target, revised).status).toBe('orphaned');
  });

  it('tells repeated short words apart by their context', () => {
    const target = highlight(TEXT, 'the', 2); // "but the State Department"
    const revised = TEXT.replace('Officials said', 'Officials in Washington said');
    const result = reanchor(target, revised);
    expect(result.status).toBe('moved');
    expect(revised.slice((result.position?.start ?? 0) - 4, result.position?.end)).toBe('but the');
  });

  it('orphans everything when the text is replaced by an unrelated document', () => {
    const other = 'Recipes for a summer picnic: bread, cheese, olives and a cold lemonade.';
    const targets = [highlight(TEXT, 'the'), highlight(TEXT, 'Militias backed by Iran'), highlight(TEXT, 'US')];
    for (const result of reanchorMany(targets, other)) expect(result.status).toBe('orphaned');
    expect(reanchor(targets[1] as AnchorTarget, '').status).toBe('orphaned');
  });

  it('orphans damaged stored targets rather than throwing', () => {
    const broken = { position: { start: 5, end: 2 }, quote: { exact: 'x', prefix: '', suffix: '' } };
    expect(reanchor(broken, TEXT).status).toBe('orphaned');
    const noQuote = { position: { start: 0, end: 3 }, quote: { exact: '', prefix: '', suffix: '' } };
    expect(reanchor(noQuote, TEXT).status).toBe('orphaned');
    const noPosition = { quote: { exact: 'embassy', prefix: 'The US ', suffix: ' in' } } as unknown as AnchorTarget;
    expect(reanchorMany([noPosition], TEXT)[0]?.status).toBe('orphaned');
  });

  it('uses the old text length to predict where a passage went', () => {
    const target = highlight(TEXT, 'Green Zone');
    const revised = TEXT.replace('over the past year.', 'over the past year, according to officials and local reporters.');
    const result = reanchor(target, revised, { oldTextLength: TEXT.length });
    expect(result.status).toBe('moved');
    expect(revised.slice(result.position?.start, result.position?.end)).toBe('Green Zone');
  });
});

describe('reanchorMany', () => {
  it('returns results in input order, placed as one-by-one re-anchoring places them', () => {
    const targets = [
      highlight(TEXT, 'Green Zone'),
      highlight(TEXT, 'The US embassy'),
      highlight(TEXT, 'the', 3),
      highlight(TEXT, 'could close'),
    ];
    const revised = 'Breaking. ' + TEXT.replace('warned that', 'warned on Monday that');
    const many = reanchorMany(targets, revised);
    // Scores may differ slightly: the batch predicts each passage's place from its neighbours' shift.
    const placed = (r: { status: string; position: unknown }) => [r.status, r.position];
    expect(many.map(placed)).toEqual(targets.map((t) => placed(reanchor(t, revised))));
    expect(many.map((r) => r.status)).toEqual(['moved', 'moved', 'moved', 'moved']);
    expect(reanchorMany([], revised)).toEqual([]);
  });
});
