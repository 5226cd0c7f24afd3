// Every way a bundle can be wrong gets a clear error naming the entry (and line),
// and the project stays exactly as it was.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Zip, ZipDeflate, zipSync, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewBundle } from '../../../src-main/core/bundles/merge-bundle.ts';
import { defaultLimits } from '../../../src-main/core/bundles/bundle-format.ts';
import type { Core } from '../../../src-main/core/core.ts';
import { databaseDigest, exportToFile, richProject, stageInto, tempPath } from './bundle-fixtures.ts';

type Files = Record<string, Uint8Array>;
const text = (data: Uint8Array | undefined) => new TextDecoder().decode(data);
const bytes = (s: string) => new TextEncoder().encode(s);

let core: Core;
let valid: Files;

beforeAll(() => {
  core = richProject();
  valid = unzipSync(readFileSync(exportToFile(core)));
}, 60_000);
afterAll(() => core.close());

/** Writes the files as a bundle, in the given order, with a manifest recomputed to match (unless told not to). */
function writeBundle(files: Files, options: { keepManifest?: boolean; manifest?: (m: Record<string, unknown>) => void } = {}): string {
  const manifest = JSON.parse(text(valid['manifest.json'])) as Record<string, unknown>;
  if (!options.keepManifest) {
    manifest['entries'] = Object.entries(files)
      .filter(([name]) => name !== 'manifest.json')
      .map(([path, data]) => ({ path, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') }));
  }
  options.manifest?.(manifest);
  const out: Files = { ...files };
  delete out['manifest.json'];
  out['manifest.json'] = bytes(JSON.stringify(manifest));
  const file = tempPath('hostile.sbundle');
  writeFileSync(file, zipSync(out));
  return file;
}

function withLine(name: string, edit: (lines: string[]) => string[]): Files {
  const lines = text(valid[name]).trim().split('\n');
  return { ...valid, [name]: bytes(`${edit(lines).join('\n')}\n`) };
}

function expectRefused(file: string, message: RegExp, entry?: string, line?: number, code = 'invalid_input') {
  const before = databaseDigest(core.project.db);
  const staged = stageInto(core, file);
  for (const attempt of [core.call('bundles.preview', { file: staged }), core.call('bundles.merge', { file: staged, choices: {} })]) {
    expect(attempt.ok).toBe(false);
    if (attempt.ok) return;
    expect(attempt.error.code).toBe(code);
    expect(attempt.error.message).toMatch(message);
    if (entry !== undefined) expect(attempt.error.details).toMatchObject({ entry });
    if (line !== undefined) expect(attempt.error.details).toMatchObject({ line });
  }
  expect(databaseDigest(core.project.db)).toBe(before);
}

describe('a hostile or damaged bundle', () => {
  it('is refused when it is not a zip, or is cut short', () => {
    const notZip = tempPath('x.sbundle');
    writeFileSync(notZip, 'just some text, not a zip');
    expectRefused(notZip, /not a zip archive/);
    const whole = readFileSync(exportToFile(core));
    const cut = tempPath('cut.sbundle');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    expectRefused(cut, /cut short|damaged|no manifest/);
  });

  it('is refused for entry names that escape, are absolute, use backslashes, or are unknown', () => {
    expectRefused(writeBundle({ ...valid, '../evil.ndjson': bytes('x') }), /steps out of the bundle/, '../evil.ndjson');
    expectRefused(writeBundle({ ...valid, '/etc/passwd': bytes('x') }), /absolute path/, '/etc/passwd');
    expectRefused(writeBundle({ ...valid, 'originals\\x': bytes('x') }), /backslash/, 'originals\\x');
    expectRefused(writeBundle({ ...valid, 'notes.txt': bytes('x') }), /does not know/, 'notes.txt');
  });

  it('is refused when an entry appears twice', () => {
    const file = tempPath('dup.sbundle');
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    for (const name of ['tags.ndjson', 'tags.ndjson']) {
      const entry = new ZipDeflate(name);
      zip.add(entry);
      entry.push(valid['tags.ndjson'] ?? new Uint8Array(), true);
    }
    zip.end();
    writeFileSync(file, Buffer.concat(chunks));
    expectRefused(file, /twice/, 'tags.ndjson');
  });

  it('is refused as a zip bomb past the caps, before anything is read', () => {
    const bomb = writeBundle({ ...valid, 'highlights.ndjson': new Uint8Array(3 * 1024 * 1024).fill(0x20) });
    const before = databaseDigest(core.project.db);
    const limits = { ...defaultLimits, entryBytes: 1024 * 1024 };
    expect(() => previewBundle(core.project, stageInto(core, bomb), limits)).toThrow(/possible zip bomb/);
    expect(() => previewBundle(core.project, stageInto(core, bomb), { ...defaultLimits, totalBytes: 2 * 1024 * 1024 })).toThrow(/possible zip bomb/);
    expect(databaseDigest(core.project.db)).toBe(before);
  });

  it('is refused when an entry does not match the manifest', () => {
    const altered = withLine('events.ndjson', (lines) => lines.map((l) => l.replace('Rocket attack', 'Rocket attacc')));
    expectRefused(writeBundle(altered, { keepManifest: true }), /SHA-256/, 'events.ndjson');
    const listedMissing = writeBundle(valid, { manifest: (m) => (m['entries'] as unknown[]).push({ path: 'report.html', bytes: 1, sha256: '0'.repeat(64) }) });
    expectRefused(listedMissing, /missing from the bundle/, 'report.html');
  });

  it('names the entry and line of a malformed JSON line or a record that fails its schema', () => {
    expectRefused(writeBundle(withLine('highlights.ndjson', (l) => [l[0] ?? '', '{"id": broken', ...l.slice(1)])), /Line 2 of highlights.ndjson is not valid JSON/, 'highlights.ndjson', 2);
    const badStatus = withLine('highlights.ndjson', (l) => l.map((line, i) => (i === 2 ? line.replace(/"status":"\w+"/, '"status":"lost"') : line)));
    expectRefused(writeBundle(badStatus), /Line 3 of highlights.ndjson is not a valid record \(status/, 'highlights.ndjson', 3);
  });

  it('is refused when a record points at something neither in the bundle nor in the project', () => {
    const dangling = withLine('event_links.ndjson', (l) => l.map((line, i) => (i === 0 ? line.replace(/"event_id":"[^"]+"/, '"event_id":"no-such-event"') : line)));
    expectRefused(writeBundle(dangling), /Line 1 of event_links.ndjson refers to an event \(no-such-event\)/, 'event_links.ndjson', 1);
  });

  it('is refused when written by a newer format, saying to update', () => {
    expectRefused(writeBundle(valid, { manifest: (m) => (m['formatVersion'] = 2) }), /newer Sourcebench/, 'manifest.json', undefined, 'unsupported');
  });

  it('is refused without a manifest, for a link entry, a highlight outside its source, or a 10 MB string', () => {
    const { ['manifest.json']: _manifest, ...withoutManifest } = valid;
    const noManifest = tempPath('no-manifest.sbundle');
    writeFileSync(noManifest, zipSync(withoutManifest));
    expectRefused(noManifest, /manifest/);
    // A Unix symbolic link as an entry: its bytes are the link's target, read as data, never followed.
    const link = tempPath('link.sbundle');
    writeFileSync(link, zipSync({ ...valid, 'tags.ndjson': [bytes('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }] }));
    expectRefused(link, /tags.ndjson/, 'tags.ndjson');
    const outside = withLine('highlights.ndjson', (l) => l.map((line, i) => (i === 0 ? line.replace(/"end":\d+/, '"end":99999999') : line)));
    expectRefused(writeBundle(outside), /highlights.ndjson/, 'highlights.ndjson', 1);
    const huge = withLine('highlights.ndjson', (l) => l.map((line, i) => (i === 0 ? line.replace(/"note":"[^"]*"/, `"note":"${'x'.repeat(10 * 1024 * 1024)}"`) : line)));
    expectRefused(writeBundle(huge), /highlights.ndjson/, 'highlights.ndjson', 1);
  });
});
