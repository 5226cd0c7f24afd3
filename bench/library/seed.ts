// Builds the parts of a benchmark library that are not being measured, fast:
// sources and highlights written straight into our schema. The migrations'
// triggers keep every index in step, except that seeded sources reach the
// search index in bulk, as new imports do (see seedSources).

import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { makeDocument } from '../lib/documents.ts';
import { createPrng } from '../lib/prng.ts';
import { newId } from '../../src-main/core/project/ids.ts';

const kinds = ['news', 'analysis', 'encyclopedia', 'report', 'other'] as const;
export const TAG_COUNT = 50;

/**
 * Documents [from, to) as sources with one revision each, in transactions of 1,000. Each
 * thousand reaches the search index in one INSERT … SELECT, as the raw side of the import
 * benchmark seeds its own index, so both start from an index built the same way (a row-by-row
 * trigger leaves many small segments, whose merging the next import would pay for).
 */
export function seedSources(db: Database.Database, from: number, to: number, onBatch: () => void = () => {}, documentBytes?: number): void {
  const insertSource = db.prepare(
    `INSERT INTO sources (id, title, kind, language, format, original, original_sha256, text_sha256, current_revision_id, imported_at, created_at, updated_at)
     VALUES (?, ?, ?, 'en', 'text', ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
  ).pluck();
  const insertRevision = db.prepare(
    `INSERT INTO source_revisions (id, source_id, number, lines, removed_lines, text, reason, created_at) VALUES (?, ?, 1, ?, '[]', ?, 'import', ?)`,
  );
  const index = db.prepare('INSERT INTO sources_fts (rowid, title, text) SELECT seq, title, text FROM sources_fts_content WHERE seq >= ?');
  const batch = db.transaction((start: number, end: number) => {
    let firstSeq: number | undefined;
    for (let i = start; i < end; i += 1) {
      const doc = makeDocument(i, documentBytes);
      const id = newId();
      const revision = newId();
      const at = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();
      const sha = createHash('sha256').update(doc.text).digest('hex');
      const seq = insertSource.get(id, doc.title, kinds[i % kinds.length], Buffer.from(doc.text), sha, sha, revision, at, at, at) as number;
      firstSeq ??= seq;
      insertRevision.run(revision, id, JSON.stringify(doc.text.split('\n')), doc.text, at);
    }
    if (firstSeq !== undefined) index.run(firstSeq);
  });
  for (let start = from; start < to; start += 1000) {
    batch(start, Math.min(to, start + 1000));
    onBatch();
  }
}

export function seedTags(db: Database.Database): string[] {
  const insert = db.prepare(`INSERT INTO tags (id, name, color, created_at, updated_at) VALUES (?, ?, 'gray', ?, ?)`);
  const ids: string[] = [];
  db.transaction(() => {
    for (let t = 0; t < TAG_COUNT; t += 1) {
      const id = newId();
      insert.run(id, `Tag ${String(t).padStart(2, '0')}`, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z');
      ids.push(id);
    }
  })();
  return ids;
}

/**
 * `count` highlights spread evenly over the library's sources: 5–25 word quotes
 * cut from each source's text, a note on one in five, 1–2 tags each (tag 0 on
 * about one in eight: the "frequent tag"), created_at increasing.
 */
export function seedHighlights(db: Database.Database, count: number, tagIds: readonly string[], onBatch: () => void = () => {}): void {
  const prng = createPrng(99);
  // Sources a page at a time: at 100k sources their texts together are a gigabyte.
  const page = db.prepare(
    'SELECT s.seq, s.id, r.id AS revision, r.text FROM sources s JOIN source_revisions r ON r.id = s.current_revision_id WHERE s.seq > ? ORDER BY s.seq LIMIT 500',
  );
  const total = db.prepare('SELECT COUNT(*) FROM sources').pluck().get() as number;
  const insert = db.prepare(
    `INSERT INTO highlights (id, source_id, revision_id, start, "end", exact, prefix, suffix, color, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tag = db.prepare('INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id, created_at) VALUES (?, ?, ?)');
  const colors = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'];
  const noteWords = ['check', 'source', 'disputed', 'count', 'casualties', 'compare', 'timeline', 'claim', 'witness', 'date', 'follow', 'up'];
  const base = Date.UTC(2021, 0, 1);
  let made = 0;
  let sourceIndex = 0;
  const write = db.transaction((slice: { id: string; revision: string; text: string }[], quota: number[]) => {
    slice.forEach((source, k) => {
      for (let n = 0; n < (quota[k] ?? 0); n += 1) {
        const words = 5 + prng.int(21);
        const start = wordBoundary(source.text, prng.int(Math.max(1, source.text.length - 400)));
        const end = wordEnd(source.text, start, words);
        const at = new Date(base + made * 30_000 + prng.int(20_000)).toISOString();
        const id = newId();
        const note = prng.next() < 0.2 ? Array.from({ length: 3 + prng.int(8) }, () => prng.pick(noteWords)).join(' ') : '';
        insert.run(
          id, source.id, source.revision, start, end, source.text.slice(start, end),
          source.text.slice(Math.max(0, start - 32), start), source.text.slice(end, end + 32), prng.pick(colors), note, at, at,
        );
        // Tag 0 on one in eight; one or two others from a skewed spread.
        if (prng.next() < 0.125) tag.run(id, tagIds[0], at);
        tag.run(id, tagIds[1 + Math.floor(prng.next() ** 2 * (tagIds.length - 1))], at);
        if (prng.next() < 0.2) tag.run(id, tagIds[1 + prng.int(tagIds.length - 1)], at);
        made += 1;
      }
    });
  });
  const perSource = count / total;
  for (let after = 0; ; ) {
    const slice = page.all(after) as { seq: number; id: string; revision: string; text: string }[];
    if (slice.length === 0) break;
    after = slice.at(-1)?.seq ?? after;
    const quota = slice.map((_, k) => Math.round((sourceIndex + k + 1) * perSource) - Math.round((sourceIndex + k) * perSource));
    write(slice, quota);
    sourceIndex += slice.length;
    onBatch();
  }
}

function wordBoundary(text: string, at: number): number {
  const space = text.indexOf(' ', at);
  return space === -1 ? at : space + 1;
}

function wordEnd(text: string, start: number, words: number): number {
  let end = start;
  for (let w = 0; w < words; w += 1) {
    const next = text.indexOf(' ', end + 1);
    if (next === -1) return text.length;
    end = next;
  }
  return end;
}
