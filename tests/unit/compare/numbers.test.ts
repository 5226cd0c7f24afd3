// Counts and quantities: numbers in digits and in words, vague amounts, bounds, what is counted,
// and the figures that must not be compared (parts of a total, negations, other outlets' figures).

import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../src-main/core/compare/claims/numbers/number-words.ts';
import { rangesOverlap } from '../../../src-main/core/compare/claims/numbers/quantifiers.ts';
import { words } from '../../../src-main/core/compare/text/words.ts';
import { claimsIn, ofKind, only } from './claim-helpers.ts';

const value = (phrase: string) => {
  const read = readNumber(words(phrase), 0);
  return read === null ? null : [read.min, read.max];
};

const count = (text: string) => {
  const c = only(text, 'count');
  return c.value.kind === 'count' ? { subject: c.subject, min: c.value.min, max: c.value.max, approximate: c.value.approximate, excluded: c.excluded } : null;
};

describe('reading a number', () => {
  it('reads digits with separators and decimals, and scales', () => {
    expect(value('3,000')).toEqual([3000, 3000]);
    expect(value('5,200')).toEqual([5200, 5200]);
    expect(value('1.5 million')).toEqual([1_500_000, 1_500_000]);
    expect(value('150 billion')).toEqual([150e9, 150e9]);
  });

  it('reads numbers in words, hyphenated and scaled', () => {
    expect(value('five')).toEqual([5, 5]);
    expect(value('eleven')).toEqual([11, 11]);
    expect(value('twenty-one')).toEqual([21, 21]);
    expect(value('two thousand')).toEqual([2000, 2000]);
    expect(value('three hundred and fifty')).toEqual([350, 350]);
    expect(value('a hundred')).toEqual([100, 100]);
  });

  it('reads vague amounts as ranges', () => {
    expect(value('a dozen')).toEqual([12, 12]);
    expect(value('dozens of')).toEqual([24, 99]);
    expect(value('tens of')).toEqual([20, 99]);
    expect(value('tens of thousands')).toEqual([20_000, 99_000]);
    expect(value('hundreds of')).toEqual([200, 999]);
    expect(value('several')).toEqual([3, 9]);
    expect(value('a single')).toEqual([1, 1]);
    expect(value('tens')).toBeNull();
  });
});

describe('counts in sentences', () => {
  it('turns bounds into ranges: at least, more than, up to, about, or more', () => {
    expect(count('At least five people died.')).toMatchObject({ subject: 'deaths', min: 5, max: null });
    expect(count('More than a dozen ballistic missiles were fired.')).toMatchObject({ subject: 'missiles', min: 13, max: null });
    expect(count('Up to 20 people were injured.')).toMatchObject({ subject: 'injuries', min: 0, max: 20 });
    expect(count('About 300 people were evacuated.')).toMatchObject({ subject: 'evacuees', min: 300, approximate: true });
    expect(count('Officials counted five or more dead.')).toMatchObject({ subject: 'deaths', min: 5, max: null });
    expect(count('Between 10 and 20 soldiers were wounded.')).toMatchObject({ min: 10, max: 20 });
  });

  it('knows what is counted: outcome words, people with an outcome, nouns and synonyms', () => {
    expect(count('Three people were killed in the blast.')).toMatchObject({ subject: 'deaths', min: 3 });
    expect(count('Eleven injured were taken to hospital.')).toMatchObject({ subject: 'injuries', min: 11 });
    expect(count('The blast killed four people.')).toMatchObject({ subject: 'deaths', min: 4 });
    expect(count('The coroner confirmed four deaths.')).toMatchObject({ subject: 'deaths', min: 4 });
    expect(count('The US would keep 3,000 soldiers there.')).toMatchObject({ subject: 'troops', min: 3000 });
    expect(count('They moved 2,500 troops.')).toMatchObject({ subject: 'troops' });
    expect(count('There were 27 attacks in the third quarter of 2020.')).toMatchObject({ subject: 'attacks', min: 27 });
    expect(count('Dozens of attacks hit convoys.')).toMatchObject({ subject: 'attacks', min: 24, max: 99 });
    expect(count('The fire reached two diesel tanks.')).toMatchObject({ subject: 'noun:tank', min: 2 });
  });

  it('gives both figures of a change their noun: "from 3,000 to 2,500 soldiers"', () => {
    const claims = ofKind('Soldiers in Iraq would be reduced from 3,000 to 2,500 soldiers.', 'count');
    expect(claims.map((c) => [c.subject, c.display])).toEqual([['troops', '3,000'], ['troops', '2,500']]);
    const drawdown = ofKind('He would reduce the troop presence from more than 5,000 to 3,000 in September.', 'count');
    expect(drawdown.map((c) => [c.subject, c.display])).toEqual([['troops', 'at least 5,001'], ['troops', '3,000']]);
  });

  it('keeps additions apart from totals, and carries the subject to "its numbers"', () => {
    const claims = ofKind('The military moved thousands of additional soldiers into Iraq.\n\nSince then, it has reduced its numbers back down to around 5,200.', 'count');
    expect(claims.map((c) => c.subject)).toEqual(['troops+added', 'troops']);
    expect(claims[1]?.display).toBe('about 5,200');
  });

  it('reads a bare figure after a verb of saying as the paragraph\'s subject', () => {
    const claims = ofKind('The radio says three people died. People on the street are saying a dozen.', 'count');
    expect(claims.map((c) => [c.subject, c.display, c.excluded])).toEqual([
      ['deaths', '3', 'reported'],
      ['deaths', 'about 12', null],
    ]);
  });

  it('excludes parts of a total, negations, other outlets\' figures and attributions', () => {
    expect(claimsIn('Two of the dead were night-shift workers.').filter((c) => c.kind === 'count' && c.excluded === null)).toEqual([]);
    expect(count('I heard two bangs, not one.')).toMatchObject({ subject: 'explosions', min: 2 });
    expect(count('Early broadcast reports of five or more dead were not borne out.')).toMatchObject({ excluded: 'reported' });
    expect(ofKind('Two defense officials said the attacks had increased.', 'count')).toEqual([]);
    expect(ofKind('according to two Iraqi government officials', 'count')).toEqual([]);
  });

  it('does not count names, labels, years, rates or times', () => {
    expect(ofKind('The terminal on Quay Seven burned.', 'count')).toEqual([]);
    expect(ofKind('An alarm on the line between tanks 3 and 4 sounded.', 'count')).toEqual([]);
    expect(ofKind('In 2018, the consulate closed.', 'count')).toEqual([]);
    expect(ofKind('They fire rockets, usually one to five at a time, several times a week.', 'count')).toEqual([]);
    expect(ofKind('The fire was under control by four in the morning.', 'count')).toEqual([]);
  });
});

describe('quantities with units', () => {
  it('converts to base units so 500 metres and a kilometre compare', () => {
    const near = only('Residents living within 500 metres of the quay were moved.', 'quantity');
    const far = only('Homes within a kilometre of the quay were evacuated.', 'quantity');
    expect([near.subject, far.subject]).toEqual(['length:quay', 'length:quay']);
    expect(near.value).toMatchObject({ min: 500, max: 500 });
    expect(far.value).toMatchObject({ min: 1000, max: 1000 });
  });

  it('reads attributive units, money and durations with what they measure', () => {
    expect(only('It sits on a vast 100-acre site.', 'quantity')).toMatchObject({ subject: 'area:site' });
    expect(only('Closing the embassy is expected to take 90 days.', 'quantity')).toMatchObject({ subject: 'duration:closure', display: '129,600 min' });
  });
});

describe('ranges that can both be true', () => {
  it('overlap with slack only for approximate figures', () => {
    expect(rangesOverlap({ min: 5, max: null, approximate: false }, { min: 12, max: 12, approximate: true })).toBe(true);
    expect(rangesOverlap({ min: 3, max: 3, approximate: false }, { min: 4, max: 4, approximate: false })).toBe(false);
    expect(rangesOverlap({ min: 12, max: 12, approximate: true }, { min: 13, max: 13, approximate: false })).toBe(true);
    expect(rangesOverlap({ min: 500, max: 500, approximate: false }, { min: 1000, max: 1000, approximate: false })).toBe(false);
  });
});
