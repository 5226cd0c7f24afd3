// People and groups: one name under its spellings (Kadhimi / Al-Kazemi, Kata'ib / Kataeb), role claims
// with whose role it is, and the user's entity list deciding (a split keeps two names apart).

import { describe, expect, it } from 'vitest';
import { actorKey, buildEntityIndex, findEntity, sameActor } from '../../../src-main/core/compare/claims/actors/resolve-names.ts';
import { matchKey, namesMatch, sameNameWord } from '../../../src-main/core/compare/text/name-key.ts';
import { ofKind } from './claim-helpers.ts';

describe('spelling variants', () => {
  it('folds case, accents, hyphens, the article and honorifics into one key', () => {
    expect(matchKey('Al-Kazemi')).toBe(matchKey('al Kazemi'));
    expect(matchKey('Mr Voroniev')).toBe('voroniev');
    expect(matchKey('Ilia Voroniev')).not.toBe(matchKey('Ilya Voronyev'));
  });

  it('matches transliterations of one surname', () => {
    for (const [a, b] of [['Kadhimi', 'Kazemi'], ['al-Kadhimi', 'Al-Kazemi'], ["Kata'ib", 'Kataeb'], ['Voronyev', 'Voroniev'], ['Soleimani', 'Suleimani'], ['Qassem', 'Qasim'], ['Rouhani', 'Rohani']]) {
      expect(sameNameWord(a ?? '', b ?? ''), `${a} ~ ${b}`).toBe(true);
    }
  });

  it('keeps different names apart, even with the same consonants', () => {
    for (const [a, b] of [['Soleimani', 'Silliman'], ['Port', 'Party'], ['Hussein', 'Hassan'], ['Trump', 'Trapp']]) {
      expect(sameNameWord(a ?? '', b ?? ''), `${a} !~ ${b}`).toBe(false);
    }
  });

  it('matches full names against short forms, in order, on the surname', () => {
    expect(namesMatch('Mustafa al-Kadhimi', 'Kazemi')).toBe(true);
    expect(namesMatch('Mustafa al-Kadhimi', 'Mustafa Al-Kazemi')).toBe(true);
    expect(namesMatch('Ilya Voronyev', 'Ilia Voroniev')).toBe(true);
    expect(namesMatch("Kata'ib Hezbollah", 'Kataeb Hezbollah')).toBe(true);
    expect(namesMatch('Qassem Soleimani', 'Douglas Silliman')).toBe(false);
    expect(namesMatch('Barham Salih', 'Hassan Rouhani')).toBe(false);
  });
});

describe('the entity list', () => {
  const listed = buildEntityIndex([
    { id: 'pm', name: 'Mustafa al-Kadhimi', kind: 'person', aliases: ['Kadhimi'] },
    { id: 'kh', name: 'Kataeb Hezbollah', kind: 'organization', aliases: [] },
  ]);

  it('resolves listed aliases exactly, and variants of one listed entity', () => {
    expect(findEntity(listed, 'kadhimi')?.id).toBe('pm');
    expect(findEntity(listed, 'Al-Kazemi')?.id).toBe('pm');
    expect(findEntity(listed, "Kata'ib Hezbollah")?.id).toBe('kh');
    expect(findEntity(listed, 'Barham Salih')).toBeNull();
    expect(actorKey(listed, 'Kazemi')).toBe('entity:pm');
  });

  it('leaves a name unresolved when the user split its variants into two entities', () => {
    const split = buildEntityIndex([
      { id: 'a', name: 'Mustafa al-Kadhimi', kind: 'person', aliases: [] },
      { id: 'b', name: 'Hassan Kazemi', kind: 'person', aliases: ['Kazemi'] },
    ]);
    expect(findEntity(split, 'Kazemi')?.id).toBe('b');
    expect(findEntity(split, 'Al-Kazemi')).toBeNull();
    expect(sameActor({ entityKey: 'entity:a', name: 'Mustafa al-Kadhimi' }, { entityKey: 'entity:b', name: 'Kazemi' })).toBe(false);
  });
});

describe('role claims', () => {
  const roles = (text: string) => ofKind(text, 'actor').map((c) => [c.subject, c.value.kind === 'actor' ? c.value.name : '']);

  it('reads title before name, with the country or organisation whose role it is', () => {
    expect(roles('Pompeo warned Iraqi Prime Minister Mustafa al-Kadhimi on Sunday.')).toEqual([['minister prime|iraq', 'Mustafa al-Kadhimi']]);
    expect(roles('He met Iranian President Hassan Rouhani.')).toEqual([['president|iran', 'Hassan Rouhani']]);
    expect(roles('The fire was fought by Chief Officer Marten Hale of the fire service.')).toEqual([['chief officer|fire service', 'Marten Hale']]);
  });

  it('reads appositions after and before the name, "director of operations" = "operations director"', () => {
    expect(roles('Ilya Voronyev, director of operations at the Velmora Harbour Authority, said it failed.')).toEqual([['director operations|velmora harbour authority', 'Ilya Voronyev']]);
    expect(roles("Ilia Voroniev, the board's operations director, was cautious.")).toEqual([['director operations|board', 'Ilia Voroniev']]);
    expect(roles("The board's chair, Oskar Telling, said a padlock had been cut.")).toEqual([['chair|board', 'Oskar Telling']]);
  });

  it('makes no claim for an unqualified title or a clause that only looks like an apposition', () => {
    expect(roles('President Barham Salih spoke.')).toEqual([]);
    expect(roles('In an interview with NBC News, a top U.S. general recently praised the work.')).toEqual([]);
    expect(roles('The bloc, the Popular Mobilization Forces, and an influential Shiite cleric condemned attacks.')).toEqual([]);
  });

  it('resolves the person through the entity list', () => {
    const [claim] = ofKind('Iraqi Prime Minister Mustafa Al-Kazemi announced the closure.', 'actor', {
      entities: [{ id: 'pm', name: 'Mustafa al-Kadhimi', kind: 'person', aliases: [] }],
    });
    expect(claim?.value).toMatchObject({ entityKey: 'entity:pm', name: 'Mustafa al-Kadhimi' });
    expect(claim?.display).toBe('Mustafa Al-Kazemi (Mustafa al-Kadhimi)');
  });
});
