import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openBundleAsProject } from '../../../src-main/core/bundles/open-as-project.ts';
import { unwrap } from '../core-harness.ts';
import { databaseDigest, exportToFile, openProjectAt, richProject, sourceIds, stageInto, tempPath } from './bundle-fixtures.ts';
import { freshCore } from '../core-harness.ts';

function firstRow<T>(core: ReturnType<typeof richProject>, sql: string): T {
  return core.project.db.prepare(sql).get() as T;
}

/** Ours: a project; theirs: a copy opened from its bundle; both then diverge. */
function divergedPair() {
  const ours = richProject();
  const theirsPath = tempPath('theirs.sourcebench');
  openBundleAsProject(exportToFile(ours), theirsPath);
  const theirs = openProjectAt(theirsPath);
  return { ours, theirs };
}

describe('merging a bundle from a diverged copy', () => {
  it('adds, takes what changed only there, keeps what changed only here, and asks about the rest', () => {
    const { ours, theirs } = divergedPair();
    const tag = firstRow<{ id: string }>(theirs, "SELECT id FROM tags WHERE name = 'Rockets'");
    const event = firstRow<{ id: string }>(theirs, 'SELECT id FROM events');
    const entity = firstRow<{ id: string }>(theirs, "SELECT id FROM entities WHERE name = 'US Embassy'");
    const highlight = firstRow<{ id: string }>(theirs, "SELECT id FROM highlights WHERE note = 'Opening claim'");
    const parent = firstRow<{ id: string }>(theirs, "SELECT id FROM tags WHERE name = 'Attacks'");
    // Only there: a renamed tag and a new highlight.
    unwrap(theirs.call('tags.update', { id: tag.id, patch: { name: 'Rocket fire' } }));
    const [source = ''] = sourceIds(theirs);
    const added = unwrap(theirs.call('annotations.create', { sourceId: source, target: { start: 50, end: 90 }, note: 'New from them' }));
    // Only here: a recoloured tag.
    unwrap(ours.call('tags.update', { id: parent.id, patch: { color: 'blue' } }));
    // Both: the event, the entity and the highlight changed differently.
    unwrap(theirs.call('events.update', { id: event.id, patch: { title: 'Rocket attack on the embassy' } }));
    unwrap(ours.call('events.update', { id: event.id, patch: { title: 'Rocket strike' } }));
    unwrap(theirs.call('entities.update', { id: entity.id, patch: { note: 'Their note' } }));
    unwrap(ours.call('entities.update', { id: entity.id, patch: { note: 'Our note' } }));
    unwrap(theirs.call('annotations.update', { id: highlight.id, patch: { note: 'Their reading' } }));
    unwrap(ours.call('annotations.update', { id: highlight.id, patch: { note: 'Our reading' } }));

    const file = stageInto(ours, exportToFile(theirs));
    const before = databaseDigest(ours.project.db);
    const preview = unwrap(ours.call('bundles.preview', { file }));
    expect(databaseDigest(ours.project.db)).toBe(before);
    expect(preview.tallies.highlights).toMatchObject({ added: 1, conflicts: 1 });
    expect(preview.tallies.tags).toMatchObject({ updated: 1, conflicts: 0, unchanged: 1 });
    expect(preview.conflicts.map((c) => c.id).sort()).toEqual([`entities:${entity.id}`, `events:${event.id}`, `highlights:${highlight.id}`].sort());
    const eventConflict = preview.conflicts.find((c) => c.table === 'events');
    expect(eventConflict?.ours['title']).toBe('Rocket strike');
    expect(eventConflict?.theirs['title']).toBe('Rocket attack on the embassy');
    expect(preview.backupNote).toMatch(/copy of the project is saved/);

    // Every conflict needs a choice: without, nothing is written and the missing ones are named.
    const refused = ours.call('bundles.merge', { file, choices: { [`events:${event.id}`]: 'theirs' } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('conflict');
      expect((refused.error.details as { conflicts: string[] }).conflicts.sort()).toEqual([`entities:${entity.id}`, `highlights:${highlight.id}`].sort());
    }
    expect(databaseDigest(ours.project.db)).toBe(before);

    const summary = unwrap(
      ours.call('bundles.merge', {
        file,
        choices: { [`events:${event.id}`]: 'theirs', [`entities:${entity.id}`]: 'ours', [`highlights:${highlight.id}`]: 'both' },
      }),
    );
    expect(summary.backupPath).toMatch(/before-merge/);
    expect(summary.copies).toBe(1);
    const db = ours.project.db;
    expect(db.prepare('SELECT title FROM events WHERE id = ?').pluck().get(event.id)).toBe('Rocket attack on the embassy');
    expect(db.prepare('SELECT note FROM entities WHERE id = ?').pluck().get(entity.id)).toBe('Our note');
    expect(db.prepare('SELECT note FROM highlights WHERE id = ?').pluck().get(highlight.id)).toBe('Our reading');
    expect(db.prepare("SELECT note FROM highlights WHERE note LIKE '[Copy from bundle]%'").pluck().all()).toEqual(['[Copy from bundle] Their reading']);
    expect(db.prepare('SELECT name FROM tags WHERE id = ?').pluck().get(tag.id)).toBe('Rocket fire');
    expect(db.prepare('SELECT color FROM tags WHERE id = ?').pluck().get(parent.id)).toBe('blue');
    expect(db.prepare('SELECT note FROM highlights WHERE id = ?').pluck().get(added.id)).toBe('New from them');

    // Merging the same bundle again changes nothing and asks nothing.
    const again = unwrap(ours.call('bundles.preview', { file: stageInto(ours, exportToFile(theirs)) }));
    expect(again.conflicts).toEqual([]);
    expect(Object.values(again.tallies).every((t) => t.added === 0 && t.updated === 0)).toBe(true);
    ours.close();
    theirs.close();
  });

  it('takes a change made only in the copy back into the original, through the base the bundle carries', () => {
    const { ours, theirs } = divergedPair();
    const entity = firstRow<{ id: string }>(theirs, "SELECT id FROM entities WHERE name = 'US Embassy'");
    unwrap(theirs.call('entities.update', { id: entity.id, patch: { note: 'Seen from the other desk' } }));
    const preview = unwrap(ours.call('bundles.preview', { file: stageInto(ours, exportToFile(theirs)) }));
    expect(preview.conflicts).toEqual([]);
    expect(preview.tallies.entities.updated).toBe(1);
    ours.close();
    theirs.close();
  });

  it('recognises the same document imported separately and re-anchors the highlights onto the local text', () => {
    const ours = richProject();
    const local = freshCore();
    unwrap(local.call('project.loadSample', {}));
    // The local copy of the third document was revised, so its text differs from theirs.
    const third = sourceIds(local)[2] ?? '';
    const text = unwrap(local.call('sources.get', { id: third })).text;
    unwrap(local.call('sources.revise', { id: third, text: `Editor's note.\n\n${text}` }));
    const file = stageInto(local, exportToFile(ours));
    const preview = unwrap(local.call('bundles.preview', { file }));
    expect(preview.recognisedSources).toHaveLength(sourceIds(ours).length);
    expect(preview.tallies.sources.added).toBe(0);
    unwrap(local.call('bundles.merge', { file, choices: {} }));
    expect(local.project.db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(sourceIds(ours).length);
    const rows = local.project.db.prepare('SELECT h.source_id, h.exact, h.start, h."end", h.status, h.revision_id = s.current_revision_id AS current FROM highlights h JOIN sources s ON s.id = h.source_id').all() as {
      source_id: string; exact: string; start: number; end: number; status: string; current: number;
    }[];
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.current).toBe(1);
      const here = unwrap(local.call('sources.get', { id: row.source_id })).text;
      expect(here.slice(row.start, row.end)).toBe(row.exact);
    }
    expect(rows.find((r) => r.source_id === third)?.status).toMatch(/anchored|moved/);
    ours.close();
    local.close();
  });

  it('exports an event with only its passages, their sources and tags', () => {
    const core = richProject();
    const event = firstRow<{ id: string }>(core, 'SELECT id FROM events');
    const files = unzipSync(readFileSync(exportToFile(core, { kind: 'event', eventId: event.id })));
    const lines = (name: string) => new TextDecoder().decode(files[name]).trim().split('\n').filter((l) => l !== '');
    expect(lines('highlights.ndjson')).toHaveLength(2);
    expect(lines('sources.ndjson')).toHaveLength(2);
    expect(lines('events.ndjson')).toHaveLength(1);
    expect(lines('tags.ndjson')).toHaveLength(2);
    expect(Object.keys(files).filter((n) => n.startsWith('originals/'))).toHaveLength(2);
    core.close();
  });
});
