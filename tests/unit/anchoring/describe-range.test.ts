// describeRange: the selectors stored for a new highlight, and the selections it must refuse.
// Errors must be AppError('invalid_input') so every door reports them the same way.

import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/core/api/errors.ts';
import { describeRange } from '../../../src-main/core/annotations/anchoring/describe-range.ts';

const TEXT = 'The embassy in Baghdad was attacked again. Officials said the embassy would stay open for now.';

function expectInvalid(start: number, end: number, text = TEXT): void {
  try {
    describeRange(text, start, end);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_input');
    return;
  }
  throw new Error(`expected describeRange(${start}, ${end}) to throw`);
}

describe('describeRange', () => {
  it('builds both selectors, with up to 32 characters of context each side', () => {
    const start = TEXT.indexOf('Officials');
    const target = describeRange(TEXT, start, start + 'Officials said'.length);
    expect(target.position).toEqual({ start, end: start + 14 });
    expect(target.quote.exact).toBe('Officials said');
    expect(target.quote.prefix).toBe(TEXT.slice(start - 32, start));
    expect(target.quote.suffix).toBe(TEXT.slice(start + 14, start + 14 + 32));
  });

  it('keeps short context at the edges of the text', () => {
    const target = describeRange(TEXT, 0, 3);
    expect(target.quote).toEqual({ exact: 'The', prefix: '', suffix: TEXT.slice(3, 35) });
    const end = describeRange(TEXT, TEXT.length - 4, TEXT.length);
    expect(end.quote.suffix).toBe('');
  });

  it('rejects empty, reversed, out-of-range, fractional and whitespace-only selections', () => {
    expectInvalid(5, 5);
    expectInvalid(9, 4);
    expectInvalid(-1, 4);
    expectInvalid(10, TEXT.length + 1);
    expectInvalid(1.5, 4);
    expectInvalid(3, 4); // the single space after "The"
    expectInvalid(0, 0, '');
  });
});
