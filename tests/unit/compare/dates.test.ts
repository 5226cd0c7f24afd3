// Dates: absolute forms, dates relative to the publication date ("last Tuesday", "in January"), to the
// event date when the source has none, and to the story's own last date ("five days later"); times of
// day with their looseness; and what each date is the date of.

import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src-main/core/compare/claims/dates/times.ts';
import type { Claim } from '../../../src-main/core/compare/claims/types.ts';
import { day, minutes, ofKind, only, type ReadOptions } from './claim-helpers.ts';

function when(text: string, options: ReadOptions = {}): { subject: string; from: number | null; to: number | null; time: [number, number] | null } {
  const c: Claim = only(text, 'date', options);
  if (c.value.kind !== 'date') throw new Error('not a date');
  return {
    subject: c.subject,
    from: c.value.day?.from ?? null,
    to: c.value.day?.to ?? null,
    time: c.value.time === null ? null : [c.value.time.from, c.value.time.to],
  };
}

describe('absolute dates', () => {
  it('reads full dates, months, quarters, years and ranges of years', () => {
    expect(when('A British car was targeted on September 15, 2020.')).toMatchObject({ from: day('2020-09-15'), to: day('2020-09-15') });
    expect(when('The valves were last inspected in June 2022.')).toMatchObject({ subject: 'inspection', from: day('2022-06-01'), to: day('2022-06-30') });
    expect(when('Attacks reached 11 during the first quarter of 2020.')).toMatchObject({ subject: 'attack', from: day('2020-01-01'), to: day('2020-03-31') });
    expect(when('Protests erupted in October 2019.')).toMatchObject({ subject: 'protest', from: day('2019-10-01') });
    expect(when('The US invaded Iraq in 2003.')).toMatchObject({ subject: 'invasion', from: day('2003-01-01'), to: day('2003-12-31') });
    expect(when('The troops were withdrawn by early 2021.')).toMatchObject({ from: day('2021-01-01'), to: day('2021-04-30') });
  });

  it('gives a day without a year the year that puts it on or before the publication date', () => {
    expect(when('The alarm sounded at 23:12 on 9 September.', { published: '2025-09-24' })).toMatchObject({ from: day('2025-09-09'), time: [minutes('23:12'), minutes('23:12')] });
    expect(when('A worker died in hospital on 15 September.', { published: '2025-01-10' })).toMatchObject({ from: day('2024-09-15') });
  });
});

describe('what a date is the date of', () => {
  it('names a happening from the lexicon as a noun, and a verb by the word the text used', () => {
    expect(only('Protests erupted in October 2019.', 'date').subjectLabel).toBe('date of the protest');
    const verb = only('A valve had failed on 9 September 2025.', 'date');
    expect(verb.subject).toBe('verb:fail');
    expect(verb.subjectLabel).toBe('date of “failed”');
  });
});

describe('dates relative to the publication date', () => {
  const herald = { published: '2025-09-11' }; // a Thursday
  it('resolves weekdays backwards, "last Tuesday" skipping today', () => {
    expect(when('The explosion tore through the depot on Tuesday.', herald)).toMatchObject({ from: day('2025-09-09') });
    expect(when('I heard a bang last Tuesday and the blast shook the house.', { published: '2025-09-14' })).toMatchObject({ from: day('2025-09-09') });
    expect(when('On Friday the harbour board held a meeting.', { published: '2025-09-14' })).toMatchObject({ subject: 'meeting', from: day('2025-09-12') });
  });

  it('looks ahead when the clause speaks of the future', () => {
    expect(when('The board will hold a meeting on Monday.', herald)).toMatchObject({ from: day('2025-09-15') });
  });

  it('reads last night, yesterday, last week, last month, months without a year and recent weeks', () => {
    expect(when('A fuel terminal exploded at about 11.40pm last night.', { published: '2025-09-10' })).toMatchObject({
      subject: 'explosion', from: day('2025-09-09'), time: [minutes('23:25'), minutes('23:55')],
    });
    expect(when('The depot exploded yesterday.', herald)).toMatchObject({ from: day('2025-09-10') });
    expect(when('Kadhimi visited Washington last month.', { published: '2020-09-29' })).toMatchObject({ subject: 'visit', from: day('2020-08-01'), to: day('2020-08-31') });
    expect(when('The valve had been inspected in March.', herald)).toMatchObject({ subject: 'inspection', from: day('2025-03-01') });
    expect(when('The killing of Soleimani in January this year.', { published: '2020-09-29' })).toMatchObject({ subject: 'death', from: day('2020-01-01') });
    expect(when('The attacks have increased in recent weeks.', { published: '2020-09-29' })).toMatchObject({ to: day('2020-09-29') });
    expect(when('Rouhani met the minister over the weekend.', { published: '2020-09-29' })).toMatchObject({ from: day('2020-09-26'), to: day('2020-09-27') });
  });

  it('falls back on the event date when the source has no date, and on nothing without either', () => {
    expect(when('In a meeting Saturday with the foreign minister, he spoke.', { event: '2020-09' })).toMatchObject({ from: day('2020-09-26') });
    expect(ofKind('In a meeting Saturday with the foreign minister, he spoke.', 'date')).toEqual([]);
  });
});

describe('dates relative to the story', () => {
  it('counts "five days later" from the last date in the paragraph', () => {
    const claims = ofKind('Trump ordered the killing of Soleimani in Baghdad on January 3, 2020. Iran retaliated five days later by firing missiles.', 'date');
    expect(claims.map((c) => c.display)).toEqual(['2020-01-03', '2020-01-08']);
  });

  it('counts from the event date when the paragraph gives none', () => {
    expect(when('Two days later, the authority suspended all fuel transfers.', { event: '2025-09-09' })).toMatchObject({ subject: 'suspension', from: day('2025-09-11') });
    expect(when('I told an officer and the board was evacuated the next morning.', { event: '2025-09-09' })).toMatchObject({ from: day('2025-09-10') });
  });

  it('adds minutes to the last time: "the explosion followed within two minutes"', () => {
    const claims = ofKind('A pressure alarm sounded at 23:12 on 9 September. The explosion followed within two minutes.', 'date', { published: '2025-09-24' });
    expect(claims.map((c) => [c.subject, c.display])).toEqual([
      ['verb:sound', '2025-09-09, 23:12'],
      ['explosion', '2025-09-09, 23:12–23:14'],
    ]);
  });
});

describe('times of day', () => {
  const read = (text: string) => findTimes(text).map((t) => [t.time.from, t.time.to]);
  it('reads clock times and spelled times with their looseness', () => {
    expect(read('shortly after 11pm')).toEqual([[minutes('23:00'), minutes('23:20')]]);
    expect(read('at about 11.40pm')).toEqual([[minutes('23:25'), minutes('23:55')]]);
    expect(read('at 23:12')).toEqual([[minutes('23:12'), minutes('23:12')]]);
    expect(read('about half past ten at night')).toEqual([[minutes('22:15'), minutes('22:45')]]);
    expect(read('by four in the morning')).toEqual([[0, minutes('04:00')]]);
    expect(read('five people')).toEqual([]);
  });

  it('joins a time with the day next to it, and sets a scene for the next sentence', () => {
    expect(when('An explosion tore through the depot shortly after 11pm on Tuesday.', { published: '2025-09-11' })).toMatchObject({
      from: day('2025-09-09'), time: [minutes('23:00'), minutes('23:20')],
    });
    expect(when('It was about half past ten at night. Then there was a bang from the tanks.')).toMatchObject({ subject: 'explosion', from: null });
  });
});

describe('what a date is the date of', () => {
  it('skips the dates of statements and of citations', () => {
    expect(ofKind('The board said on Wednesday morning that engineers had found a cut padlock.', 'date', { published: '2025-09-10' })).toEqual([]);
    expect(ofKind('They occupy Iraq (Farsi, October: 2020).', 'date')).toEqual([]);
  });

  it('prefers the verb before a date over a happening after it', () => {
    expect(when('Pompeo delivered the message over the weekend, and condemned the rocket attacks.', { published: '2020-09-29' })).toMatchObject({ subject: 'verb:deliver' });
  });
});
