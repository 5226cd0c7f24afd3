// The benchmarks' seeded libraries index their sources in bulk instead of through the
// triggers; the index must still be exactly what the triggers would have made, or every
// search and import figure measured on it would be measured on a wrong index.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { seedSources } from '../../../bench/library/seed.ts';
import { makeDocument } from '../../../bench/lib/documents.ts';
import { freshCore } from '../core-harness.ts';

let core: Core;
const SOURCES = 1200;

beforeAll(() => {
  core = freshCore();
  // More than one seeding transaction (1,000 each), so the second batch's index step is covered too.
  seedSources(core.project.db, 0, SOURCES);
}, 120_000);
afterAll(() => core.close());

describe('seeded benchmark library', () => {
  it('indexes every seeded source once, matching its current text', () => {
    const db = core.project.db;
    // Compares the whole index with the content view; throws on any difference.
    expect(() => db.exec("INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    const indexed = db.prepare("SELECT count(*) FROM sources_fts WHERE sources_fts MATCH 'title : ' || ?").pluck();
    for (const i of [0, 999, 1000, SOURCES - 1]) {
      const word = makeDocument(i).title.split(' ')[0]?.toLowerCase() ?? '';
      const withWord = db.prepare('SELECT count(*) FROM sources WHERE title LIKE ?').pluck().get(`${word} %`) as number;
      expect(withWord).toBeGreaterThan(0);
      expect(indexed.get(word)).toBeGreaterThanOrEqual(withWord);
    }
  });

  it('gives every source its revision as the current one', () => {
    const orphans = core.project.db.prepare('SELECT count(*) FROM sources s LEFT JOIN source_revisions r ON r.id = s.current_revision_id WHERE r.id IS NULL').pluck().get();
    expect(orphans).toBe(0);
    expect(core.project.db.prepare('SELECT count(*) FROM sources_fts_content').pluck().get()).toBe(SOURCES);
  });
});
