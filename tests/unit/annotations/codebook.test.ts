// The codebook: a hierarchy of tags with colors and descriptions; rename,
// move, merge (highlights follow) and delete with a choice for its highlights.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { freshCore, importText, unwrap } from '../core-harness.ts';

let core: Core;
beforeEach(() => {
  core = freshCore();
});
afterEach(() => core.close());

const tag = (name: string, parentId: string | null = null) => unwrap(core.call('tags.create', { name, parentId }));
const names = () => unwrap(core.call('tags.list', {})).map((t) => `${t.name}:${t.count}`);

function tagged(sourceId: string, start: number, end: number, tagIds: string[]) {
  return unwrap(core.call('annotations.create', { sourceId, target: { start, end }, tagIds }));
}

describe('codebook', () => {
  it('keeps a hierarchy, refusing duplicate sibling names and moves inside itself', () => {
    const actors = tag('Actors');
    const militias = tag('Militias', actors.id);
    expect(militias.parentId).toBe(actors.id);
    expect(core.call('tags.create', { name: 'militias', parentId: actors.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(unwrap(core.call('tags.create', { name: 'Militias' })).parentId).toBeNull();
    const moved = core.call('tags.update', { id: actors.id, patch: { parentId: militias.id } });
    expect(moved).toMatchObject({ ok: false, error: { code: 'conflict', message: '"Actors" cannot be moved inside itself.' } });
  });

  it('counts highlights under a tag and its children once each', () => {
    const id = importText(core, 'one two three four five');
    const parent = tag('Actors');
    const child = tag('Militias', parent.id);
    tagged(id, 0, 3, [parent.id, child.id]);
    tagged(id, 4, 7, [child.id]);
    const byName = Object.fromEntries(unwrap(core.call('tags.list', {})).map((t) => [t.name, [t.count, t.totalCount]]));
    expect(byName).toEqual({ Actors: [1, 2], Militias: [2, 2] });
  });

  it('renames, recolors and describes a tag', () => {
    const t = tag('Casualty');
    const updated = unwrap(core.call('tags.update', { id: t.id, patch: { name: 'Casualties', color: 'red', description: 'deaths and injuries' } }));
    expect(updated).toMatchObject({ name: 'Casualties', color: 'red', description: 'deaths and injuries' });
  });

  it('merges one tag into another: highlights follow, no duplicates, children move too', () => {
    const id = importText(core, 'one two three four five');
    const a = tag('Numbers');
    const b = tag('Counts');
    const child = tag('Small counts', b.id);
    tagged(id, 0, 3, [a.id, b.id]);
    tagged(id, 4, 7, [b.id]);
    const merged = unwrap(core.call('tags.merge', { fromId: b.id, intoId: a.id }));
    expect(merged.count).toBe(2);
    expect(names()).toEqual(['Numbers:2', 'Small counts:0']);
    expect(unwrap(core.call('tags.list', {})).find((t) => t.id === child.id)?.parentId).toBe(a.id);
  });

  it('merges a parent into its own child without making a cycle', () => {
    const parent = tag('Places');
    const child = tag('Cities', parent.id);
    const merged = unwrap(core.call('tags.merge', { fromId: parent.id, intoId: child.id }));
    expect(merged.parentId).toBeNull();
  });

  it('deletes a tag either untagging its highlights or moving them to the parent', () => {
    const id = importText(core, 'one two three');
    const parent = tag('Events');
    const child = tag('Attacks', parent.id);
    const grandchild = tag('Rocket attacks', child.id);
    const h = tagged(id, 0, 3, [child.id]);
    unwrap(core.call('tags.delete', { id: child.id, highlights: 'moveToParent' }));
    expect(unwrap(core.call('annotations.get', { id: h.id })).tags.map((t) => t.name)).toEqual(['Events']);
    expect(unwrap(core.call('tags.list', {})).find((t) => t.id === grandchild.id)?.parentId).toBe(parent.id);
    unwrap(core.call('tags.delete', { id: parent.id, highlights: 'untag' }));
    expect(unwrap(core.call('annotations.get', { id: h.id })).tags).toEqual([]);
    expect(core.call('tags.delete', { id: grandchild.id, highlights: 'moveToParent' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
