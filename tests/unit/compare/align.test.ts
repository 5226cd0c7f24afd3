// Alignment: segmentation into sentences and paragraphs, passages paired across different wordings and
// orders, neighbouring sentences joined when one account says in two what the other says in one, word
// diffs inside pairs, and nothing paired between unrelated texts.

import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../../src-main/core/compare/align/align-texts.ts';
import { wordDiff } from '../../../src-main/core/compare/align/word-diff.ts';
import { segment } from '../../../src-main/core/compare/text/segment.ts';
import { stem } from '../../../src-main/core/compare/text/stem.ts';
import { sampleDocuments } from '../../../src-main/core/sample/documents.ts';

describe('segmentation', () => {
  it('splits sentences but not abbreviations, initials or decimals', () => {
    const seg = segment('Marine Gen. Kenneth McKenzie spoke. The U.S. Embassy closed at 11.40pm. It was "over," he said.\n\nA second paragraph.\nA table row | 3');
    expect(seg.sentences.map((s) => s.text)).toEqual([
      'Marine Gen. Kenneth McKenzie spoke.',
      'The U.S. Embassy closed at 11.40pm.',
      'It was "over," he said.',
      'A second paragraph.',
      'A table row | 3',
    ]);
    expect(seg.paragraphs.map((p) => p.sentences.length)).toEqual([3, 2]);
  });

  it('stems inflections and derivations together', () => {
    expect(stem('attacks')).toBe(stem('attacked'));
    expect(stem('reduce')).toBe(stem('reducing'));
    expect(stem('inspection')).toBe(stem('inspected'));
    expect(stem('families')).toBe(stem('family'));
  });
});

describe('aligning two accounts', () => {
  const a = [
    'Officials said the embassy would close within ninety days.',
    '',
    'Rockets struck the compound shortly after midnight, wounding two guards.',
    '',
    'The minister visited the capital on Monday. He met the president there.',
  ].join('\n');
  const b = [
    'The minister, who travelled to the capital on Monday, met the president.',
    '',
    'Two guards were wounded when rockets hit the compound just after midnight.',
    '',
    'The weather was mild.',
  ].join('\n');

  it('pairs passages across different wordings and orders, one to one', () => {
    const { pairs } = alignTexts(a, b);
    const rockets = pairs.find((p) => p.a.text.startsWith('Rockets'));
    expect(rockets?.b.text).toMatch(/^Two guards were wounded/u);
    expect(pairs.some((p) => p.b.text.startsWith('The weather'))).toBe(false);
    expect(new Set(pairs.map((p) => p.b.start)).size).toBe(pairs.length);
  });

  it('joins two sentences that render one', () => {
    const { pairs } = alignTexts(a, b);
    const visit = pairs.find((p) => p.b.text.startsWith('The minister, who travelled'));
    expect(visit?.a.sentences.length).toBe(2);
    expect(visit?.a.text).toBe('The minister visited the capital on Monday. He met the president there.');
  });

  it('gives a word diff inside each pair', () => {
    const { pairs } = alignTexts(a, b);
    const rockets = pairs.find((p) => p.a.text.startsWith('Rockets'));
    expect(rockets?.diff.some((d) => d.op === 'equal' && d.text.includes('compound'))).toBe(true);
    expect(rockets?.diff.some((d) => d.op === 'insert')).toBe(true);
    expect(wordDiff('We will not rest', 'we will not stop')).toEqual([
      { op: 'equal', text: 'we will not ' },
      { op: 'delete', text: 'rest' },
      { op: 'insert', text: 'stop' },
    ]);
  });

  it('pairs the mayor\'s promise across quote and reported speech (sample, README item 10)', () => {
    const text = (name: string) => sampleDocuments.find((d) => d.fileName === name)?.content ?? '';
    const herald = text('ostra-valley-herald-three-dead.txt');
    const blog = text('lower-quay-dispatch-what-i-saw.txt');
    const { pairs } = alignTexts(herald, blog);
    const promise = pairs.find((p) => p.a.text.includes('We will not rest'));
    expect(promise?.b.text).toContain('she will not rest until every family has answers');
  });

  it('pairs nothing between unrelated texts', () => {
    const text = (name: string) => sampleDocuments.find((d) => d.fileName === name)?.content ?? '';
    expect(alignTexts(text('lower-quay-dispatch-what-i-saw.txt'), a).pairs).toEqual([]);
  });
});
