// A merge applies the highlights' insert triggers (search index, per-source
// count, total) in batches instead of row by row. What it leaves must be what
// the triggers would have left, the triggers must be back afterwards, and a
// refused bundle must leave them in place too.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canDeferHighlightTriggers } from '../../../src-main/core/bundles/deferred-highlight-triggers.ts';
import type { Core } from '../../../src-main/core/core.ts';
import { freshCore, unwrap } from '../core-harness.ts';
import { exportToFile, richProject, stageInto, tempPath, userTables } from './bundle-fixtures.ts';

type Files = Record<string, Uint8Array>;

let sender: Core;
let bundle: string;

beforeAll(() => {
  sender = richProject();
  bundle = exportToFile(sender);
}, 60_000);
afterAll(() => sender.close());

function triggers(db: Database.Database): unknown[] {
  return db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
}

/** What the triggers maintain, recomputed from the rows themselves. */
function expectDerivedStateConsistent(db: Database.Database): void {
  const wrongCounts = db.prepare('SELECT id FROM sources s WHERE highlight_count != (SELECT count(*) FROM highlights h WHERE h.source_id = s.id)').all();
  expect(wrongCounts).toEqual([]);
  expect(db.prepare('SELECT highlights FROM highlight_total').pluck().get()).toBe(db.prepare('SELECT count(*) FROM highlights').pluck().get());
  expect(db.prepare('SELECT count(*) FROM highlight_search_keys').pluck().get()).toBe(db.prepare('SELECT count(*) FROM highlights').pluck().get());
  // FTS5's own check compares the index with the content it was built from.
  db.prepare("INSERT INTO highlights_fts (highlights_fts) VALUES ('integrity-check')").run();
  db.prepare("INSERT INTO sources_fts (sources_fts) VALUES ('integrity-check')").run();
}

function rewritten(edit: (files: Files) => void): string {
  const files = unzipSync(readFileSync(bundle));
  edit(files);
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { entries: { path: string; bytes: number; sha256: string }[] };
  delete files['manifest.json'];
  manifest.entries = Object.entries(files).map(([path, data]) => ({ path, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') }));
  files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  const file = tempPath('edited.sbundle');
  writeFileSync(file, zipSync(files));
  return file;
}

describe('batched highlight triggers during a merge', () => {
  it('knows the triggers of the current schema (update deferred-highlight-triggers.ts when a migration changes them)', () => {
    const core = freshCore();
    expect(canDeferHighlightTriggers(core.project.db)).toBe(true);
    core.close();
  });

  it('leaves counts and search indexes as the triggers would, and the triggers in place', () => {
    const core = freshCore();
    const before = triggers(core.project.db);
    unwrap(core.call('bundles.merge', { file: stageInto(core, bundle), choices: {} }));
    expect(triggers(core.project.db)).toEqual(before);
    expectDerivedStateConsistent(core.project.db);
    expect(userTables(core.project.db)).toEqual(userTables(sender.project.db));
    const note = sender.project.db.prepare("SELECT id FROM highlights WHERE note = 'Opening claim'").pluck().get();
    const found = unwrap(core.call('search.query', { query: 'Opening claim' })) as unknown;
    expect(JSON.stringify(found)).toContain(String(note));
    // Highlights added later, one by one, go through the restored triggers.
    const source = core.project.db.prepare('SELECT id FROM sources ORDER BY seq LIMIT 1').pluck().get() as string;
    unwrap(core.call('annotations.create', { sourceId: source, target: { start: 0, end: 10 }, note: 'Afterwards' }));
    expectDerivedStateConsistent(core.project.db);
    core.close();
  });

  it('indexes a highlight changed by a second line with its id as it ends up', () => {
    const twice = rewritten((files) => {
      const lines = new TextDecoder().decode(files['highlights.ndjson']).trim().split('\n');
      const first = JSON.parse(lines[0] as string) as Record<string, unknown>;
      const changed = { ...first, note: 'Changed by the second line', base_sha256: null };
      files['highlights.ndjson'] = new TextEncoder().encode(`${[...lines, JSON.stringify(changed)].join('\n')}\n`);
    });
    const core = freshCore();
    // The second line changes what the first added, which counts as the bundle's own update.
    const merged = unwrap(core.call('bundles.merge', { file: stageInto(core, twice), choices: {} }));
    expect(merged.tallies.highlights.updated).toBe(1);
    expectDerivedStateConsistent(core.project.db);
    expect(core.project.db.prepare("SELECT count(*) FROM highlights WHERE note = 'Changed by the second line'").pluck().get()).toBe(1);
    core.close();
  });

  it('a bundle refused halfway through its highlights leaves the triggers and the project as they were', () => {
    const broken = rewritten((files) => {
      const lines = new TextDecoder().decode(files['highlights.ndjson']).trim().split('\n');
      const last = JSON.parse(lines[lines.length - 1] as string) as Record<string, unknown>;
      files['highlights.ndjson'] = new TextEncoder().encode(`${[...lines, JSON.stringify({ ...last, id: 'h-orphan', source_id: 'no-such-source' })].join('\n')}\n`);
    });
    const core = freshCore();
    const before = triggers(core.project.db);
    const merged = core.call('bundles.merge', { file: stageInto(core, broken), choices: {} });
    expect(merged.ok).toBe(false);
    if (!merged.ok) expect(merged.error.details).toMatchObject({ entry: 'highlights.ndjson' });
    expect(triggers(core.project.db)).toEqual(before);
    expect(core.project.db.prepare('SELECT count(*) FROM highlights').pluck().get()).toBe(0);
    expectDerivedStateConsistent(core.project.db);
    core.close();
  });
});
