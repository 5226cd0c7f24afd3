// A synthetic project for the bundle benchmark: sources of a few paragraphs
// each (with their revision, as an import leaves them), highlights spread over
// them, a small tag tree and some events with links.

import { createHash } from 'node:crypto';
import { openCore } from '../../src-main/core/core.ts';
import { newId, now } from '../../src-main/core/project/ids.ts';
import { writeRevision } from '../../src-main/core/sources/write-revision.ts';
import { createPrng } from '../lib/prng.ts';
import { createVocabulary } from '../lib/words.ts';

export function buildSyntheticProject(projectPath: string, sources: number, highlights: number): void {
  const core = openCore(projectPath);
  const db = core.project.db;
  const prng = createPrng(0xb0d1e);
  const vocabulary = createVocabulary(5_000);
  const at = now();
  db.transaction(() => {
    const sourceIds: { id: string; text: string }[] = [];
    const insertSource = db.prepare(
      `INSERT INTO sources (id, title, format, original, original_sha256, text_sha256, imported_at, created_at, updated_at)
       VALUES (?, ?, 'text', ?, ?, ?, ?, ?, ?)`,
    );
    for (let s = 0; s < sources; s++) {
      const lines: string[] = [];
      for (let p = 0; p < 6; p++) {
        const words: string[] = [];
        for (let w = 0; w < 60; w++) words.push(vocabulary.draw(prng));
        lines.push(`${words.join(' ')}.`, '');
      }
      const original = lines.join('\n');
      const id = newId();
      const sha = createHash('sha256').update(original).digest('hex');
      insertSource.run(id, `Source ${s}`, Buffer.from(original), sha, sha, at, at, at);
      const { text } = writeRevision(db, id, { lines, removed: [], reason: 'import' });
      sourceIds.push({ id, text });
    }
    const tags = Array.from({ length: 20 }, () => newId());
    const insertTag = db.prepare('INSERT INTO tags (id, parent_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    tags.forEach((id, i) => insertTag.run(id, i < 5 ? null : tags[i % 5], `Tag ${i}`, at, at));
    const events = Array.from({ length: 200 }, () => newId());
    const insertEvent = db.prepare('INSERT INTO events (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)');
    events.forEach((id, i) => insertEvent.run(id, `Event ${i}`, at, at));
    const insertHighlight = db.prepare(
      `INSERT INTO highlights (id, source_id, revision_id, start, "end", exact, prefix, suffix, color, note, created_at, updated_at)
       VALUES (?, ?, (SELECT current_revision_id FROM sources WHERE id = ?), ?, ?, ?, ?, ?, 'yellow', ?, ?, ?)`,
    );
    const insertHighlightTag = db.prepare('INSERT INTO highlight_tags (highlight_id, tag_id, created_at) VALUES (?, ?, ?)');
    const insertLink = db.prepare("INSERT INTO event_links (id, highlight_id, event_id, stance, created_at, updated_at) VALUES (?, ?, ?, 'reports', ?, ?)");
    for (let h = 0; h < highlights; h++) {
      const source = sourceIds[h % sourceIds.length] as { id: string; text: string };
      const start = prng.int(source.text.length - 80);
      const end = start + 10 + prng.int(60);
      const id = newId();
      insertHighlight.run(
        id, source.id, source.id, start, end, source.text.slice(start, end), source.text.slice(Math.max(0, start - 32), start),
        source.text.slice(end, end + 32), h % 7 === 0 ? 'A note on this passage' : '', at, at,
      );
      if (h % 2 === 0) insertHighlightTag.run(id, prng.pick(tags), at);
      if (h % 10 === 0) insertLink.run(newId(), id, prng.pick(events), at, at);
    }
  })();
  core.close();
}
