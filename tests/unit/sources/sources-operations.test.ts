// The sources operations through the in-process door, on a real project file:
// import, re-import detection, the library query, corrections and deletion.

import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core.ts';

const corpus = new URL('../../../../shared/corpus/baghdad-embassy/', import.meta.url);
const corpusFiles = [
  'analysis-embassy-attacks-motives.txt',
  'news-us-warns-embassy-shutdown.txt',
  'news-administration-warns-iraq-embassy.txt',
] as const;

let core: Core;

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`call failed: ${result.error.message}`);
  return result.value;
}

function importFile(name: string, bytes: Buffer = readFileSync(new URL(name, corpus))) {
  return value(core.call('sources.import', { fileName: name, dataBase64: bytes.toString('base64') }));
}

function importText(fileName: string, text: string) {
  return value(core.call('sources.import', { fileName, dataBase64: Buffer.from(text).toString('base64') }));
}

beforeEach(() => {
  core = openCore(path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-sources-')), 'p.sourcebench'));
});

afterEach(() => core.close());

describe('sources operations', () => {
  it('imports the corpus and lists every source with its extracted title', () => {
    for (const name of corpusFiles) expect(importFile(name).status).toBe('imported');
    const page = value(core.call('sources.list', { sort: 'title', direction: 'asc' }));
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.title)).toEqual([
      'The attacks on the US embassy in Iraq, motives and prospects',
      'Trump administration warns Iraq it plans to shut U.S. Embassy in Baghdad after rocket attacks',
      'US Warns Iraq of Embassy Shutdown in Response to Attacks on Personnel',
    ]);
  });

  it('recognises a re-import of the same bytes and of the same text saved differently', () => {
    const first = importFile(corpusFiles[1]);
    const again = importFile(corpusFiles[1]);
    expect(again).toEqual({ status: 'duplicate', source: first.source });
    const crlf = Buffer.from(readFileSync(new URL(corpusFiles[1], corpus), 'utf8').replace(/\n/g, '\r\n'));
    expect(importFile(corpusFiles[1], crlf).status).toBe('duplicate');
    expect(value(core.call('sources.list', {})).total).toBe(1);
  });

  it('sorts and filters in the query, unknown dates last', () => {
    importText('a.md', '# Alpha report\n\nPublished 3 March 2021 by Northern Ledger.\n\nBody text of alpha.');
    importText('b.md', '# Beta notes\n\nSome notes without a date.');
    importText('c.md', '# Gamma dispatch\n\nPublished 1 January 2019.\n\nBody text of gamma.');
    const byTitle = value(core.call('sources.list', { sort: 'title', direction: 'desc' }));
    expect(byTitle.rows.map((r) => r.title)).toEqual(['Gamma dispatch', 'Beta notes', 'Alpha report']);
    const filtered = value(core.call('sources.list', { titleContains: 'ta' }));
    expect(filtered.rows.map((r) => r.title).sort()).toEqual(['Beta notes']);
    const escaped = value(core.call('sources.list', { titleContains: '%' }));
    expect(escaped.total).toBe(0);
    const paged = value(core.call('sources.list', { sort: 'title', direction: 'asc', limit: 1, offset: 1 }));
    expect(paged).toMatchObject({ total: 3, rows: [{ title: 'Beta notes' }] });
  });

  it('edits metadata, refusing impossible dates and bad URLs with a message naming the field', () => {
    const { source } = importFile(corpusFiles[0]);
    const updated = value(core.call('sources.update', { id: source.id, patch: { publishedAt: '2020-11', publisher: ' Arab Democratic Center ', url: '' } }));
    expect(updated).toMatchObject({ publishedAt: '2020-11', publisher: 'Arab Democratic Center', url: null });
    const badDate = core.call('sources.update', { id: source.id, patch: { publishedAt: '2020-02-30' } });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!badDate.ok) expect(badDate.error.message).toMatch(/patch\.publishedAt/);
    const badUrl = core.call('sources.update', { id: source.id, patch: { url: 'javascript:alert(1)' } });
    expect(badUrl).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(value(core.call('sources.get', { id: source.id })).publishedAt).toBe('2020-11');
  });

  it('shows removed lines and restores one into the reading text as a new revision', () => {
    const { source } = importFile(corpusFiles[2]);
    const detail = value(core.call('sources.get', { id: source.id }));
    const first = detail.removedLines[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(detail.text).not.toContain(first.text);
    const restored = value(core.call('sources.setLineRemoved', { id: source.id, line: first.line, removed: false }));
    expect(restored.text).toContain(first.text);
    expect(restored.revision.number).toBe(detail.revision.number + 1);
    expect(restored.removedLines.map((r) => r.line)).not.toContain(first.line);
    const removedAgain = value(core.call('sources.setLineRemoved', { id: source.id, line: first.line, removed: true }));
    expect(removedAgain.text).toBe(detail.text);
  });

  it('keeps the original bytes exactly as imported', () => {
    const bytes = readFileSync(new URL(corpusFiles[1], corpus));
    const { source } = importFile(corpusFiles[1], bytes);
    const row = core.project.db.prepare('SELECT original FROM sources WHERE id = ?').get(source.id) as { original: Buffer };
    expect(row.original.equals(bytes)).toBe(true);
  });

  it('deletes a source and answers not_found for it afterwards', () => {
    const { source } = importFile(corpusFiles[1]);
    expect(value(core.call('sources.delete', { id: source.id }))).toEqual({ id: source.id });
    expect(core.call('sources.get', { id: source.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
