// Entries much larger than one read of the file still arrive whole: the reader
// must not hand fflate a buffer it later overwrites.

import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { defaultLimits } from '../../../src-main/core/bundles/bundle-format.ts';
import { readZipEntries } from '../../../src-main/core/bundles/zip-reader.ts';
import { createZipWriter } from '../../../src-main/core/bundles/zip-writer.ts';
import { tempPath } from './bundle-fixtures.ts';

describe('the zip reader', () => {
  it('reads back multi-megabyte entries byte for byte', () => {
    const file = tempPath('big.sbundle');
    const zip = createZipWriter(file);
    const entry = zip.add('source_revisions.ndjson');
    // Hex digests barely compress, so the packed entry spans several reads.
    for (let line = 0; line < 60_000; line++) entry.write(`{"n":${line},"text":"${createHash('sha256').update(String(line)).digest('hex')}"}\n`);
    entry.end();
    zip.finish();
    const written = zip.entries[0];
    const hash = createHash('sha256');
    let bytes = 0;
    readZipEntries(file, defaultLimits, () => ({ data: (chunk) => { hash.update(chunk); bytes += chunk.length; }, end: () => {} }));
    expect(bytes).toBe(written?.bytes);
    expect(hash.digest('hex')).toBe(written?.sha256);
    expect(bytes).toBeGreaterThan(3 * 1024 * 1024);
  });
});
