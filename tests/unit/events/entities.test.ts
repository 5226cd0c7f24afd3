// The entity list: aliases that belong to one entity only, rename, split some aliases off, merge,
// delete; and suggestions of one actor spelled several ways across the sources.

import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { corpusFolder, freshCore, importCorpusFile, importText, unwrap } from '../core-harness.ts';

let core: Core;
beforeEach(() => {
  core = freshCore();
});
afterEach(() => core.close());

const aliases = (entity: { aliases: { alias: string }[] }) => entity.aliases.map((a) => a.alias);

describe('entities and aliases', () => {
  it('creates an entity whose name is its first alias, and refuses an alias another entity has', () => {
    const pm = unwrap(core.call('entities.create', { name: 'Mustafa al-Kadhimi', kind: 'person', aliases: ['Kadhimi', 'Al-Kazemi', 'al kazemi'] }));
    expect(aliases(pm)).toEqual(['Mustafa al-Kadhimi', 'Kadhimi', 'Al-Kazemi']);
    expect(core.call('entities.create', { name: 'Kadhimi' })).toMatchObject({ ok: false, error: { code: 'conflict', details: { entityId: pm.id } } });
    const more = unwrap(core.call('entities.addAlias', { id: pm.id, alias: 'Mustafa Kazemi' }));
    expect(aliases(more)).toContain('Mustafa Kazemi');
    const fewer = unwrap(core.call('entities.removeAlias', { id: pm.id, alias: 'kadhimi' }));
    expect(aliases(fewer)).not.toContain('Kadhimi');
    expect(core.call('entities.removeAlias', { id: pm.id, alias: 'Mustafa al-Kadhimi' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('renames, keeping the new name as an alias', () => {
    const group = unwrap(core.call('entities.create', { name: "Kata'ib Hezbollah", kind: 'organization' }));
    const renamed = unwrap(core.call('entities.update', { id: group.id, patch: { name: 'Kataeb Hezbollah', note: 'Iran-backed militia' } }));
    expect(renamed).toMatchObject({ name: 'Kataeb Hezbollah', note: 'Iran-backed militia', kind: 'organization' });
    expect(aliases(renamed)).toEqual(["Kata'ib Hezbollah", 'Kataeb Hezbollah']);
  });

  it('splits aliases off into a new entity, and merges entities back with their events', () => {
    const pm = unwrap(core.call('entities.create', { name: 'Mustafa al-Kadhimi', kind: 'person', aliases: ['Kazemi', 'Hassan Kazemi'] }));
    const { kept, created } = unwrap(core.call('entities.split', { id: pm.id, aliases: ['Kazemi', 'Hassan Kazemi'], name: 'Hassan Kazemi' }));
    expect(aliases(kept)).toEqual(['Mustafa al-Kadhimi']);
    expect(created).toMatchObject({ name: 'Hassan Kazemi', kind: 'person' });
    expect(aliases(created).sort()).toEqual(['Hassan Kazemi', 'Kazemi']);
    expect(core.call('entities.split', { id: pm.id, aliases: ['Mustafa al-Kadhimi'] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    unwrap(core.call('events.create', { title: 'Visit', actorIds: [created.id] }));
    const merged = unwrap(core.call('entities.merge', { fromId: created.id, intoId: pm.id }));
    expect(aliases(merged).sort()).toEqual(['Hassan Kazemi', 'Kazemi', 'Mustafa al-Kadhimi']);
    expect(merged.eventCount).toBe(1);
    expect(unwrap(core.call('entities.list', { suggestions: false })).entities).toHaveLength(1);
  });

  it('deletes an entity and takes it off its events', () => {
    const event = unwrap(core.call('events.create', { title: 'Visit', actorNames: ['Barham Salih'] }));
    const [salih] = event.actors;
    unwrap(core.call('entities.delete', { id: salih?.id ?? '' }));
    expect(unwrap(core.call('events.get', { id: event.id })).actors).toEqual([]);
  });

  it('lists by kind and by alias text', () => {
    unwrap(core.call('entities.create', { name: 'Baghdad', kind: 'place' }));
    unwrap(core.call('entities.create', { name: 'Mustafa al-Kadhimi', kind: 'person', aliases: ['Al-Kazemi'] }));
    expect(unwrap(core.call('entities.list', { kind: 'place', suggestions: false })).entities.map((e) => e.name)).toEqual(['Baghdad']);
    expect(unwrap(core.call('entities.list', { query: 'kazemi', suggestions: false })).entities.map((e) => e.name)).toEqual(['Mustafa al-Kadhimi']);
  });
});

describe('suggestions', () => {
  it('suggests one person for the spellings of Kadhimi across the corpus, as the user can confirm', () => {
    for (const file of ['analysis-embassy-attacks-motives.txt', 'news-us-warns-embassy-shutdown.txt', 'news-administration-warns-iraq-embassy.txt']) importCorpusFile(core, file);
    const { suggestions } = unwrap(core.call('entities.list', {}));
    const pm = suggestions.find((s) => s.aliases.includes('Al-Kazemi'));
    expect(pm).toMatchObject({ name: 'Mustafa al-Kadhimi', kind: 'person', sources: 3, entityId: null });
    expect(pm?.aliases).toEqual(expect.arrayContaining(['Kadhimi', 'Mustafa Al-Kazemi', 'Al-Kadhimi']));
    // Soleimani and Silliman share consonants but are two people.
    expect(suggestions.some((s) => s.aliases.includes('Soleimani') && s.aliases.includes('Silliman'))).toBe(false);
    // Confirm it: the suggestion is gone, and a later spelling would be offered for the entity.
    unwrap(core.call('entities.create', { name: pm?.name ?? '', kind: 'person', aliases: pm?.aliases ?? [] }));
    expect(unwrap(core.call('entities.list', {})).suggestions.some((s) => s.aliases.includes('Al-Kazemi'))).toBe(false);
  });

  it('offers a new spelling of a listed entity for that entity, and never rejoins a split', () => {
    importText(core, 'Kataeb Hezbollah fired rockets. Later, Kata\'ib Hezbollah denied it. Commander Abu Fadak of Kataeb Hezbollah spoke.', 'Militia');
    const listed = unwrap(core.call('entities.create', { name: 'Kataeb Hezbollah', kind: 'organization' }));
    const offer = unwrap(core.call('entities.list', {})).suggestions.find((s) => s.aliases.includes("Kata'ib Hezbollah"));
    expect(offer).toMatchObject({ entityId: listed.id, aliases: ["Kata'ib Hezbollah"] });
    unwrap(core.call('entities.create', { name: "Kata'ib Hezbollah", kind: 'organization' }));
    expect(unwrap(core.call('entities.list', {})).suggestions.some((s) => s.aliases.includes("Kata'ib Hezbollah"))).toBe(false);
    expect(readFileSync(new URL('news-us-warns-embassy-shutdown.txt', corpusFolder)).length).toBeGreaterThan(0);
  });
});
