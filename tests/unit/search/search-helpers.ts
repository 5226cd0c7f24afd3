// Helpers the search tests share: the corpus imported through the harness,
// snippets read back as text, and FTS5's own consistency check.

import type { Core } from '../../../src-main/core/core.ts';
import type { SearchGroup, SearchKind } from '../../../src-main/core/search/search-types.ts';
import type { SnippetPart } from '../../../src-main/core/search/snippet.ts';
import { importCorpusFile, unwrap } from '../core-harness.ts';

export const corpusNames = ['analysis-embassy-attacks-motives.txt', 'news-administration-warns-iraq-embassy.txt', 'news-us-warns-embassy-shutdown.txt'];

export function importCorpus(core: Core): string[] {
  return corpusNames.map((name) => importCorpusFile(core, name));
}

export function search(core: Core, query: string, options: { kinds?: SearchKind[]; limit?: number; asYouType?: boolean } = {}): SearchGroup[] {
  return unwrap(core.call('search.query', { query, ...options })).groups;
}

export function group(core: Core, query: string, kind: SearchKind): SearchGroup {
  const found = search(core, query, { kinds: [kind] })[0];
  if (found === undefined) throw new Error(`no ${kind} group`);
  return found;
}

export function ids(core: Core, query: string, kind: SearchKind): string[] {
  return group(core, query, kind).results.map((r) => r.id);
}

/** A snippet with its matches in [brackets], to read in assertions. */
export function marked(parts: readonly SnippetPart[]): string {
  return parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');
}

export function matchedWords(parts: readonly SnippetPart[]): string[] {
  return parts.filter((p) => p.match).map((p) => p.text);
}

/** FTS5 compares each external-content index with its content; throws when they disagree. */
export function checkIndexes(core: Core): void {
  for (const table of ['sources_fts', 'highlights_fts', 'events_fts']) {
    core.project.db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
  }
}

export function insertEvent(core: Core, id: string, title: string, description = ''): void {
  core.project.db
    .prepare(`INSERT INTO events (id, title, description, created_at, updated_at) VALUES (?, ?, ?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`)
    .run(id, title, description);
}
