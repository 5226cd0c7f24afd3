// sources.importMany, the bulk path of the CLI and the workbench: a batch in one transaction,
// one result per file in order, and a file that cannot be imported failing alone.

import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { MAX_IMPORT_BATCH_BYTES, MAX_IMPORT_BATCH_FILES } from '../../../src-main/core/limits.ts';
import { corpusFolder, freshCore, readingText, unwrap } from '../core-harness.ts';
import { ids } from '../search/search-helpers.ts';

const corpusFiles = ['analysis-embassy-attacks-motives.txt', 'news-us-warns-embassy-shutdown.txt', 'news-administration-warns-iraq-embassy.txt'];
const upload = (fileName: string, bytes: Buffer) => ({ fileName, dataBase64: bytes.toString('base64') });
const corpusUpload = (name: string) => upload(name, readFileSync(new URL(name, corpusFolder)));
const textUpload = (fileName: string, text: string) => upload(fileName, Buffer.from(text, 'utf8'));

let core: Core;
beforeEach(() => {
  core = freshCore();
});
afterEach(() => core.close());

function sourceCount(): number {
  const { total } = unwrap(core.call('sources.list', {}));
  if (total === null) throw new Error('the first page counts the sources');
  return total;
}

function searchSourceIds(query: string): string[] {
  return ids(core, query, 'sources');
}

describe('sources.importMany', () => {
  it('imports a batch with one result per file, in order, each as sources.import would store it', () => {
    const { results } = unwrap(core.call('sources.importMany', { files: corpusFiles.map(corpusUpload) }));
    expect(results.map((r) => [r.fileName, r.status])).toEqual(corpusFiles.map((name) => [name, 'imported']));

    const single = freshCore();
    try {
      for (const [index, name] of corpusFiles.entries()) {
        const one = unwrap(single.call('sources.import', corpusUpload(name)));
        const batched = results[index];
        if (batched?.status !== 'imported') throw new Error(`${name} was not imported`);
        const { id: _a, importedAt: _b, updatedAt: _c, ...batchedFields } = batched.source;
        const { id: _d, importedAt: _e, updatedAt: _f, ...singleFields } = one.source;
        expect(batchedFields).toEqual(singleFields);
        expect(readingText(core, batched.source.id)).toBe(readingText(single, one.source.id));
      }
    } finally {
      single.close();
    }
  });

  it('makes every imported source findable by search, as a single import does', () => {
    const { results } = unwrap(core.call('sources.importMany', { files: corpusFiles.map(corpusUpload) }));
    const imported = results.flatMap((r) => (r.status === 'imported' ? [r.source.id] : []));
    expect(new Set(searchSourceIds('embassy'))).toEqual(new Set(imported));
    // A later title change goes through the index's triggers, so the batch's rows must be right in it.
    const [first] = imported;
    unwrap(core.call('sources.update', { id: first ?? '', patch: { title: 'Zanzibar quartermaster' } }));
    expect(searchSourceIds('zanzibar')).toEqual([first]);
    unwrap(core.call('sources.delete', { id: first ?? '' }));
    expect(searchSourceIds('zanzibar')).toEqual([]);
    expect(new Set(searchSourceIds('embassy'))).toEqual(new Set(imported.slice(1)));
  });

  it('fails a bad file alone, with its error, and keeps the files around it', () => {
    const files = [
      textUpload('first.txt', 'The first report says the convoy left at dawn.'),
      upload('scan.pdf', Buffer.from('%PDF-1.7 binary stream')),
      upload('empty.txt', Buffer.alloc(0)),
      textUpload('last.txt', 'The last report says the convoy arrived at noon.'),
    ];
    const { results } = unwrap(core.call('sources.importMany', { files }));
    expect(results.map((r) => r.status)).toEqual(['imported', 'failed', 'failed', 'imported']);
    const [, pdf, empty] = results;
    expect(pdf?.status === 'failed' && pdf.error).toMatchObject({ code: 'unsupported', message: expect.stringContaining('scan.pdf') });
    expect(empty?.status === 'failed' && empty.error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('empty.txt') });
    expect(sourceCount()).toBe(2);
    expect(searchSourceIds('convoy')).toHaveLength(2);
  });

  it('recognises a file already in the project, and the same file twice in one batch, as duplicates', () => {
    const [already] = unwrap(core.call('sources.importMany', { files: [corpusUpload(corpusFiles[0] ?? '')] })).results;
    const { results } = unwrap(core.call('sources.importMany', { files: [corpusUpload(corpusFiles[0] ?? ''), corpusUpload(corpusFiles[1] ?? ''), corpusUpload(corpusFiles[1] ?? '')] }));
    expect(results.map((r) => r.status)).toEqual(['duplicate', 'imported', 'duplicate']);
    const [again, imported, twice] = results;
    expect(already?.status === 'imported' && again?.status === 'duplicate' && again.source.id === already.source.id).toBe(true);
    expect(imported?.status === 'imported' && twice?.status === 'duplicate' && twice.source.id === imported.source.id).toBe(true);
    expect(sourceCount()).toBe(2);
  });

  it(`refuses more than ${MAX_IMPORT_BATCH_FILES} files, or more than ${MAX_IMPORT_BATCH_BYTES / 1024 / 1024} MB in all, and changes nothing`, () => {
    const tooMany = Array.from({ length: MAX_IMPORT_BATCH_FILES + 1 }, (_, i) => textUpload(`n${i}.txt`, `Note number ${i} about the convoy.`));
    const many = core.call('sources.importMany', { files: tooMany });
    expect(many.ok === false && many.error.code).toBe('invalid_input');
    const half = Buffer.alloc(MAX_IMPORT_BATCH_BYTES / 2 + 1, 97);
    const large = core.call('sources.importMany', { files: [upload('a.txt', half), upload('b.txt', Buffer.concat([half, Buffer.from('b')]))] });
    expect(large.ok === false && large.error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('10 MB') });
    expect(sourceCount()).toBe(0);
  });
});
