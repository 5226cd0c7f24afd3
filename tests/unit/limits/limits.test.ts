// The limits module is the one list: README's "Limits" table says the same,
// and each limit is enforced with a message naming it just past the limit
// (and accepted at the limit, where that is cheap to try).

import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-main/core/api/errors.ts';
import * as limits from '../../../src-main/core/limits.ts';
import { formatLimit, limitsTable } from '../../../src-main/core/limits.ts';
import { backupProject, listBackups } from '../../../src-main/core/project/backup.ts';
import { startHttpServer } from '../../../src-main/hosts/http/server.ts';
import { freshCore, importText, unwrap } from '../core-harness.ts';

const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
const core = freshCore();
afterAll(() => core.close());

function readmeRows(): string[][] {
  const section = readme.split(/^## Limits$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

describe('the limits table', () => {
  it('in README says what the limits module says', () => {
    expect(readmeRows()).toEqual(limitsTable.map((row) => [row.what, formatLimit(row.value, row.unit), `\`${row.name}\``]));
  });

  it('names every limit the module exports, each once', () => {
    const exported = Object.entries(limits).filter(([name, value]) => /^[A-Z_]+$/.test(name) && typeof value === 'number').map(([name]) => name);
    expect(limitsTable.map((row) => row.name).sort()).toEqual(exported.sort());
  });
});

const call = (name: string, input: unknown): Result<unknown> => core.callUntyped(name, input);
const text = (length: number) => 'a'.repeat(length);
const many = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix} ${i}`);

function expectRefused(result: Result<unknown>, shown: string): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('invalid_input');
  expect(result.error.message).toContain(shown);
}

function expectAccepted(result: Result<unknown>): void {
  // At the limit the input passes validation; what happens next (e.g. an unknown id) is another matter.
  if (!result.ok) expect(result.error.code, result.error.message).not.toBe('invalid_input');
}

const sourceId = importText(core, 'Rockets hit the embassy on Tuesday night, officials said.', 'Limits source');
const wholeSentence = { start: 0, end: 7 };
const n = (value: number) => value.toLocaleString('en');

// [limit, a call just past it, a call at it (or null when too slow to try), what the message shows]
const probes: [string, () => Result<unknown>, (() => Result<unknown>) | null, string][] = [
  ['MAX_IMPORT_BYTES', () => call('sources.import', { fileName: 'big.txt', dataBase64: Buffer.alloc(limits.MAX_IMPORT_BYTES + 1, 97).toString('base64') }), null, '10 MB'],
  ['MAX_IMPORT_BATCH_FILES', () => call('sources.importMany', { files: many(limits.MAX_IMPORT_BATCH_FILES + 1, 'Batch probe').map((t, i) => ({ fileName: `b${i}.txt`, dataBase64: Buffer.from(t).toString('base64') })) }), () => call('sources.importMany', { files: many(limits.MAX_IMPORT_BATCH_FILES, 'Batch probe').map((t, i) => ({ fileName: `b${i}.txt`, dataBase64: Buffer.from(t).toString('base64') })) }), String(limits.MAX_IMPORT_BATCH_FILES)],
  ['MAX_IMPORT_BATCH_BYTES', () => call('sources.importMany', { files: ['a', 'b'].map((name) => ({ fileName: `${name}.txt`, dataBase64: Buffer.alloc(limits.MAX_IMPORT_BATCH_BYTES / 2 + 1, 97).toString('base64') })) }), null, '10 MB'],
  ['MAX_SOURCE_TEXT_CHARS', () => call('sources.importText', { text: text(limits.MAX_SOURCE_TEXT_CHARS + 1) }), null, n(limits.MAX_SOURCE_TEXT_CHARS)],
  ['MAX_TITLE_CHARS', () => call('sources.importText', { text: 'Title probe one.', title: text(limits.MAX_TITLE_CHARS + 1) }), () => call('sources.importText', { text: 'Title probe two.', title: text(limits.MAX_TITLE_CHARS) }), n(limits.MAX_TITLE_CHARS)],
  ['MAX_FILE_NAME_CHARS', () => call('sources.import', { fileName: `${text(limits.MAX_FILE_NAME_CHARS)}.txt`, dataBase64: Buffer.from('File name probe one.').toString('base64') }), () => call('sources.import', { fileName: `${text(limits.MAX_FILE_NAME_CHARS - 4)}.txt`, dataBase64: Buffer.from('File name probe two.').toString('base64') }), n(limits.MAX_FILE_NAME_CHARS)],
  ['MAX_NOTE_CHARS', () => call('annotations.create', { sourceId, target: wholeSentence, note: text(limits.MAX_NOTE_CHARS + 1) }), () => call('annotations.create', { sourceId, target: wholeSentence, note: text(limits.MAX_NOTE_CHARS) }), n(limits.MAX_NOTE_CHARS)],
  ['MAX_QUOTE_CHARS', () => call('annotations.create', { sourceId, target: { exact: text(limits.MAX_QUOTE_CHARS + 1) } }), () => call('annotations.create', { sourceId, target: { exact: text(limits.MAX_QUOTE_CHARS) } }), n(limits.MAX_QUOTE_CHARS)],
  ['MAX_TAG_NAME_CHARS', () => call('tags.create', { name: text(limits.MAX_TAG_NAME_CHARS + 1) }), () => call('tags.create', { name: text(limits.MAX_TAG_NAME_CHARS) }), n(limits.MAX_TAG_NAME_CHARS)],
  ['MAX_TAG_DESCRIPTION_CHARS', () => call('tags.create', { name: 'described', description: text(limits.MAX_TAG_DESCRIPTION_CHARS + 1) }), () => call('tags.create', { name: 'described', description: text(limits.MAX_TAG_DESCRIPTION_CHARS) }), n(limits.MAX_TAG_DESCRIPTION_CHARS)],
  ['MAX_TAGS_PER_HIGHLIGHT', () => call('annotations.create', { sourceId, target: wholeSentence, tagNames: many(limits.MAX_TAGS_PER_HIGHLIGHT + 1, 'tag') }), () => call('annotations.create', { sourceId, target: wholeSentence, tagNames: many(limits.MAX_TAGS_PER_HIGHLIGHT, 'tag') }), n(limits.MAX_TAGS_PER_HIGHLIGHT)],
  ['MAX_EVENT_TITLE_CHARS', () => call('events.create', { title: text(limits.MAX_EVENT_TITLE_CHARS + 1) }), () => call('events.create', { title: text(limits.MAX_EVENT_TITLE_CHARS) }), n(limits.MAX_EVENT_TITLE_CHARS)],
  ['MAX_EVENT_DESCRIPTION_CHARS', () => call('events.create', { title: 'Described', description: text(limits.MAX_EVENT_DESCRIPTION_CHARS + 1) }), () => call('events.create', { title: 'Described', description: text(limits.MAX_EVENT_DESCRIPTION_CHARS) }), n(limits.MAX_EVENT_DESCRIPTION_CHARS)],
  ['MAX_ENTITY_NAME_CHARS', () => call('entities.create', { name: text(limits.MAX_ENTITY_NAME_CHARS + 1) }), () => call('entities.create', { name: text(limits.MAX_ENTITY_NAME_CHARS) }), n(limits.MAX_ENTITY_NAME_CHARS)],
  ['MAX_ALIASES_PER_ENTITY', () => call('entities.create', { name: 'Aliased', aliases: many(limits.MAX_ALIASES_PER_ENTITY + 1, 'alias') }), () => call('entities.create', { name: 'Aliased', aliases: many(limits.MAX_ALIASES_PER_ENTITY, 'alias') }), n(limits.MAX_ALIASES_PER_ENTITY)],
  ['MAX_ACTORS_PER_EVENT', () => call('events.create', { title: 'Crowded', actorNames: many(limits.MAX_ACTORS_PER_EVENT + 1, 'actor') }), () => call('events.create', { title: 'Crowded', actorNames: many(limits.MAX_ACTORS_PER_EVENT, 'actor') }), n(limits.MAX_ACTORS_PER_EVENT)],
  ['MAX_SEARCH_QUERY_CHARS', () => call('search.query', { query: text(limits.MAX_SEARCH_QUERY_CHARS + 1) }), () => call('search.query', { query: text(limits.MAX_SEARCH_QUERY_CHARS) }), n(limits.MAX_SEARCH_QUERY_CHARS)],
  ['MAX_SEARCH_RESULTS', () => call('search.query', { query: 'embassy', limit: limits.MAX_SEARCH_RESULTS + 1 }), () => call('search.query', { query: 'embassy', limit: limits.MAX_SEARCH_RESULTS }), String(limits.MAX_SEARCH_RESULTS)],
  ['MAX_SEARCH_TERMS', () => call('search.query', { query: many(limits.MAX_SEARCH_TERMS + 1, 'w').join(' ').replace(/ (\d)/g, '$1') }), () => call('search.query', { query: many(limits.MAX_SEARCH_TERMS, 'w').join(' ').replace(/ (\d)/g, '$1') }), String(limits.MAX_SEARCH_TERMS)],
  ['MAX_SEARCH_NESTING', () => call('search.query', { query: `${'('.repeat(limits.MAX_SEARCH_NESTING + 1)}embassy${')'.repeat(limits.MAX_SEARCH_NESTING + 1)}` }), () => call('search.query', { query: `${'('.repeat(limits.MAX_SEARCH_NESTING)}embassy${')'.repeat(limits.MAX_SEARCH_NESTING)}` }), String(limits.MAX_SEARCH_NESTING)],
  ['MAX_NEAR_DISTANCE', () => call('search.query', { query: `embassy NEAR/${limits.MAX_NEAR_DISTANCE + 1} rockets` }), () => call('search.query', { query: `embassy NEAR/${limits.MAX_NEAR_DISTANCE} rockets` }), String(limits.MAX_NEAR_DISTANCE)],
  ['MAX_PAGE_ROWS', () => call('sources.list', { limit: limits.MAX_PAGE_ROWS + 1 }), () => call('annotations.table', { limit: limits.MAX_PAGE_ROWS }), String(limits.MAX_PAGE_ROWS)],
  ['MAX_LIST_ROWS', () => call('annotations.list', { limit: limits.MAX_LIST_ROWS + 1 }), () => call('events.list', { limit: limits.MAX_LIST_ROWS }), String(limits.MAX_LIST_ROWS)],
  ['MAX_BULK_HIGHLIGHTS', () => call('annotations.bulk', { action: 'delete', ids: many(limits.MAX_BULK_HIGHLIGHTS + 1, 'id') }), () => call('annotations.bulk', { action: 'delete', ids: many(limits.MAX_BULK_HIGHLIGHTS, 'id') }), n(limits.MAX_BULK_HIGHLIGHTS)],
  ['MAX_EXPORT_HIGHLIGHTS', () => call('annotations.exportCsv', { ids: many(limits.MAX_EXPORT_HIGHLIGHTS + 1, 'id') }), null, n(limits.MAX_EXPORT_HIGHLIGHTS)],
];

describe('each limit', () => {
  it.each(probes)('%s is refused just past it, naming the limit', (_name, past, at, shown) => {
    expectRefused(past(), shown);
    if (at !== null) expectAccepted(at());
  });

  it('covers every limit of the table', () => {
    const probed = new Set([...probes.map(([name]) => name), 'MAX_REQUEST_BYTES', 'MAX_UNDO_STEPS', 'BACKUPS_KEPT_PER_REASON']);
    expect(limitsTable.filter((row) => !probed.has(row.name))).toEqual([]);
  });

  it('MAX_REQUEST_BYTES: the browser-mode server refuses a larger request and takes one at the limit', async () => {
    const server = await startHttpServer({ projectPath: path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-limits-')), 'p.sourcebench'), port: 0, rendererDir: os.tmpdir() });
    try {
      const post = (body: string) =>
        fetch(`${server.origin}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` }, body });
      const envelope = (padding: number) => `{"op":"project.info","input":{"padding":"${text(padding)}"}}`;
      const overhead = envelope(0).length;
      const past = await post(envelope(limits.MAX_REQUEST_BYTES - overhead + 1));
      expect(past.status).toBe(413);
      expect(await past.text()).toContain('16 MB');
      const at = await post(envelope(limits.MAX_REQUEST_BYTES - overhead));
      expect(at.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('MAX_UNDO_STEPS: only the newest steps are kept for Undo', () => {
    const history = freshCore();
    try {
      for (let i = 0; i <= limits.MAX_UNDO_STEPS; i += 1) unwrap(history.call('tags.create', { name: `step ${i}` }));
      let undone = 0;
      while (history.call('history.undo', {}).ok) undone += 1;
      expect(undone).toBe(limits.MAX_UNDO_STEPS);
    } finally {
      history.close();
    }
  });

  it('BACKUPS_KEPT_PER_REASON: older backups of a kind are let go', () => {
    for (let i = 0; i <= limits.BACKUPS_KEPT_PER_REASON; i += 1) backupProject(core.project.db, core.project.path, 'before-merge');
    expect(listBackups(core.project.path).filter((b) => b.reason === 'before-merge')).toHaveLength(limits.BACKUPS_KEPT_PER_REASON);
  });
});
