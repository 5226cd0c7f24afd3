import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSelection } from '../../../src-main/core/bundles/selection.ts';
import { stageFile, stagedPath } from '../../../src-main/core/project/staging.ts';
import { freshCore, importText, unwrap } from '../core-harness.ts';

function projectWithTwoEvents() {
  const core = freshCore();
  const a = importText(core, 'Rockets struck the compound at dawn. Nobody was hurt.', 'A');
  const b = importText(core, 'Three rockets hit the embassy. Two guards were wounded.', 'B');
  const c = importText(core, 'An unrelated report about the weather.', 'C');
  const parent = unwrap(core.call('tags.create', { name: 'Attacks' }));
  const child = unwrap(core.call('tags.create', { name: 'Rockets', parentId: parent.id }));
  const other = unwrap(core.call('tags.create', { name: 'Casualties' }));
  const ha = unwrap(core.call('annotations.create', { sourceId: a, target: { start: 0, end: 35 }, tagIds: [child.id] }));
  const hb = unwrap(core.call('annotations.create', { sourceId: b, target: { start: 0, end: 29 }, tagIds: [other.id] }));
  unwrap(core.call('annotations.create', { sourceId: c, target: { start: 0, end: 10 } }));
  const attack = unwrap(core.call('events.create', { title: 'Rocket attack' }));
  unwrap(core.call('events.create', { title: 'Unrelated' }));
  unwrap(core.call('events.link', { highlightId: ha.id, eventId: attack.id, stance: 'reports' }));
  unwrap(core.call('events.link', { highlightId: hb.id, eventId: attack.id, stance: 'reports' }));
  return { core, a, b, c, parent, child, other, attack };
}

describe('export selections', () => {
  it('takes every row for the whole project and drops its temp tables afterwards', () => {
    const { core } = projectWithTwoEvents();
    const counts = withSelection(core.project.db, { kind: 'project' }, (n) => n);
    expect(counts).toEqual({ sources: 3, highlights: 3, tags: 3, events: 2, entities: 0 });
    expect(core.project.db.prepare("SELECT count(*) AS n FROM temp.sqlite_master WHERE name LIKE 'selected_%'").get()).toEqual({ n: 0 });
  });

  it('an event brings the passages linked to it, their sources and their tags with ancestors', () => {
    const { core, a, b, attack, parent, child, other } = projectWithTwoEvents();
    withSelection(core.project.db, { kind: 'event', eventId: attack.id }, (counts) => {
      expect(counts).toMatchObject({ sources: 2, highlights: 2, events: 1 });
      const ids = (table: string) => (core.project.db.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: string }[]).map((r) => r.id);
      expect(ids('selected_sources')).toEqual([a, b].sort());
      expect(ids('selected_tags')).toEqual([parent.id, child.id, other.id].sort());
    });
  });

  it('a tag brings the passages under it, including its child tags, and their events', () => {
    const { core, parent } = projectWithTwoEvents();
    const counts = withSelection(core.project.db, { kind: 'tag', tagId: parent.id }, (n) => n);
    expect(counts).toMatchObject({ sources: 1, highlights: 1, tags: 2, events: 1 });
  });

  it('some sources bring all their highlights; an unknown source is named as missing', () => {
    const { core, c } = projectWithTwoEvents();
    expect(withSelection(core.project.db, { kind: 'sources', sourceIds: [c] }, (n) => n)).toMatchObject({ sources: 1, highlights: 1, events: 0 });
    expect(() => withSelection(core.project.db, { kind: 'sources', sourceIds: [c, 'nope'] }, (n) => n)).toThrow(/1 of the chosen sources is not/);
    expect(core.project.db.prepare("SELECT count(*) AS n FROM temp.sqlite_master").get()).toEqual({ n: 0 });
  });
});

describe('staging', () => {
  it('copies files in under fresh names and refuses names that leave the folder', () => {
    const core = freshCore();
    const outside = path.join(os.tmpdir(), `sb-stage-${process.pid}.txt`);
    writeFileSync(outside, 'hello');
    const name = stageFile(core.project, outside, 'txt');
    expect(name).toMatch(/^[0-9a-f-]+\.txt$/);
    for (const bad of ['../x', '..', '/etc/passwd', 'a/b', '', '.hidden']) expect(() => stagedPath(core.project, bad)).toThrow(/not the name of a staged file/);
  });
});
