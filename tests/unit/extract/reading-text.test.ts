import { describe, expect, it } from 'vitest';
import { assembleReadingText } from '../../../src-main/core/sources/extract/reading-text.ts';

describe('assembleReadingText', () => {
  const lines = ['', 'Title', '', '', 'Noise', '', 'First paragraph.', 'Second line.', '', '', '', 'Last.', '', ''];

  it('joins kept lines, collapsing blank runs and trimming blank ends', () => {
    expect(assembleReadingText(lines, new Set())).toBe('Title\n\nNoise\n\nFirst paragraph.\nSecond line.\n\nLast.');
  });

  it('collapses the blank lines left around a removed line', () => {
    expect(assembleReadingText(lines, new Set([4]))).toBe('Title\n\nFirst paragraph.\nSecond line.\n\nLast.');
  });

  it('joins neighbours of a removed line inside a paragraph without inventing a blank', () => {
    expect(assembleReadingText(['a', 'b', 'c'], new Set([1]))).toBe('a\nc');
  });

  it('treats whitespace-only lines as blank', () => {
    expect(assembleReadingText(['a', '   ', '\u00a0', 'b'], new Set())).toBe('a\n\nb');
  });

  it('is deterministic and ignores the order the removed set was built in', () => {
    const first = assembleReadingText(lines, new Set([1, 4, 11]));
    const second = assembleReadingText([...lines], new Set([11, 4, 1]));
    expect(second).toBe(first);
    expect(assembleReadingText(lines, new Set([1, 4, 11]))).toBe(first);
  });

  it('returns an empty string when everything is removed or blank', () => {
    expect(assembleReadingText(['a', '', 'b'], new Set([0, 2]))).toBe('');
    expect(assembleReadingText([], new Set())).toBe('');
  });
});
