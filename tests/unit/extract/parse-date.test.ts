import { describe, expect, it } from 'vitest';
import { parseMachineDate, parseStatedDate } from '../../../src-main/core/sources/extract/parse-date.ts';

describe('parseStatedDate', () => {
  it.each([
    ['September 29, 2020', '2020-09-29'],
    ['29 September 2020', '2020-09-29'],
    ['2020-09-29', '2020-09-29'],
    ['Sept. 3, 2021', '2021-09-03'],
    ['Tue 29 Sep 2020 10.31 BST', '2020-09-29'],
    ['Tuesday, September 29, 2020, 4:31 PM EDT', '2020-09-29'],
    ['Updated Sept. 29, 2020, 5:02 PM UTC', '2020-09-29'],
    ['29/09/2020', '2020-09-29'],
    ['September 2020', '2020-09'],
    ['Sept 2020', '2020-09'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseStatedDate(text)).toBe(iso);
  });

  it.each([
    ['Sept. 21'], // no year: guessing one would be wrong
    ['03/04/2020'], // March or April depending on the country
    ['2020'], // a bare year is only a date when labelled as one
    ['The talks resumed on September 29, 2020 in Baghdad'], // a date inside a sentence
    ['today'],
    ['February 30, 2021'],
  ])('leaves %s unread', (text) => {
    expect(parseStatedDate(text)).toBeNull();
  });

  it('refuses dates counted from today: they would be read against a made-up day', () => {
    for (const relative of ['3 days ago', 'Posted 2 weeks ago', 'yesterday', 'last Tuesday']) expect(parseStatedDate(relative)).toBeNull();
    expect(parseStatedDate('Posted September 29, 2020')).toBe('2020-09-29');
  });

  it('accepts a bare year when the caller knows the text is a date', () => {
    expect(parseStatedDate('2019', { allowYearOnly: true })).toBe('2019');
  });
});

describe('parseMachineDate', () => {
  it('keeps the calendar date as written, whatever the time zone', () => {
    expect(parseMachineDate('2020-09-29T23:30:00-04:00')).toBe('2020-09-29');
    expect(parseMachineDate('2021-03-04T09:15:00Z')).toBe('2021-03-04');
    expect(parseMachineDate('2022-06')).toBe('2022-06');
  });

  it('reads spelled-out dates and years', () => {
    expect(parseMachineDate('Tue, 29 Sep 2020 14:31:00 GMT')).toBe('2020-09-29');
    expect(parseMachineDate('2018')).toBe('2018');
  });

  it('returns null for what is not a date', () => {
    expect(parseMachineDate('soon')).toBeNull();
    expect(parseMachineDate('2020-13-01')).toBeNull();
  });
});
