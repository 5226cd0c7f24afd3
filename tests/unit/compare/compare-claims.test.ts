// How claims from several sources become discrepancies: grouped by what they are about; counts must
// agree value by value, dates only need common ground; hearsay and context passages are not compared.

import { describe, expect, it } from 'vitest';
import { compareClaims, type SourcedClaim } from '../../../src-main/core/compare/discrepancies/compare-claims.ts';
import { claimsIn } from './claim-helpers.ts';

function from(sourceId: string, text: string, options: { published?: string; compared?: boolean } = {}): SourcedClaim[] {
  return claimsIn(text, options.published === undefined ? {} : { published: options.published }).map((c) => ({
    ...c,
    sourceId,
    highlightIds: [],
    quote: text,
    compared: options.compared ?? true,
  }));
}

const noMentions = () => false;
const statusOf = (claims: SourcedClaim[], key: string) => compareClaims(claims, noMentions).find((g) => g.key === key)?.status;

describe('comparing claims', () => {
  it('finds conflicting counts and lists which source says what', () => {
    const groups = compareClaims([...from('herald', 'Three people were killed.'), ...from('riverline', 'At least five people died.')], noMentions);
    const deaths = groups.find((g) => g.key === 'count:deaths');
    expect(deaths?.status).toBe('conflict');
    expect(deaths?.conflicts).toEqual([{ sourceA: 'herald', sourceB: 'riverline', claimsA: [0], claimsB: [1] }]);
    expect(deaths?.claims.map((c) => [c.sourceId, c.display])).toEqual([['herald', '3'], ['riverline', 'at least 5']]);
  });

  it('lets compatible figures agree: "at least five" and "a dozen"', () => {
    expect(statusOf([...from('a', 'At least five people died.'), ...from('b', 'People are saying a dozen died.')], 'count:deaths')).toBe('agree');
  });

  it('flags a figure the other source contradicts even when another one matches (counts)', () => {
    expect(statusOf([...from('a', 'Three people were killed.'), ...from('b', 'It killed four people. Three people died at the scene.')], 'count:deaths')).toBe('conflict');
  });

  it('needs only common ground for dates: several dated attacks are no contradiction', () => {
    const analysis = from('a', 'Attacks reached 11 in the first quarter of 2020. Attacks rose in the third quarter of 2020.');
    const news = from('b', 'The attacks have increased in recent weeks.', { published: '2020-09-29' });
    expect(statusOf([...analysis, ...news], 'date:attack')).toBe('agree');
    expect(statusOf([...from('a', 'The attack came in March 2020.'), ...from('b', 'The attack came in June 2020.')], 'date:attack')).toBe('conflict');
  });

  it('does not compare hearsay, nor claims from passages linked as context', () => {
    expect(statusOf([...from('a', 'Three people were killed.'), ...from('b', 'The radio says five people died.')], 'count:deaths')).toBe('single');
    expect(statusOf([...from('a', 'Three people were killed.'), ...from('b', 'Five people died.', { compared: false })], 'count:deaths')).toBe('single');
  });

  it('treats a place the other source names anywhere as no contradiction', () => {
    const claims = [...from('a', 'The explosion happened in Velmora.'), ...from('b', 'The explosion happened at Quay Seven.')];
    expect(compareClaims(claims, noMentions).find((g) => g.key === 'place:explosion')?.status).toBe('conflict');
    expect(compareClaims(claims, (source, name) => source === 'b' && name === 'Velmora').find((g) => g.key === 'place:explosion')?.status).toBe('agree');
  });

  it('matches people across spellings in role claims', () => {
    const claims = [...from('news', 'He warned Iraqi Prime Minister Mustafa al-Kadhimi.'), ...from('analysis', 'Iraqi Prime Minister Mustafa Al-Kazemi visited.')];
    expect(statusOf(claims, 'actor:minister prime|iraq')).toBe('agree');
    expect(statusOf([...claims, ...from('other', 'Iraqi Prime Minister Adel Abdul-Mahdi resigned.')], 'actor:minister prime|iraq')).toBe('conflict');
  });
});
