// The bundle reader on generated damage: random bytes flipped, cut or inserted
// anywhere in a real bundle, and random JSON put into its records with the
// manifest recomputed to match (so the damage reaches the record checks).
// Whatever arrives, the answer is a plain refusal or a merge, never an
// internal error, and a refusal leaves the project exactly as it was.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { databaseDigest, exportToFile, openProjectAt, richProject, stageInto, tempPath } from '../bundles/bundle-fixtures.ts';
import { assertCounted } from './counted-property.ts';

const refusals = ['invalid_input', 'unsupported', 'conflict', 'not_found'];
let origin: Core;
let target: Core;
let bundle: Uint8Array;
// What the generated cases came to, printed after each property so its reach can be seen.
const outcomes = new Map<string, number>();

beforeAll(() => {
  origin = richProject();
  bundle = readFileSync(exportToFile(origin));
  target = openProjectAt(tempPath('target.sourcebench'));
}, 60_000);
afterAll(() => {
  origin.close();
  target.close();
});

/** Merges the bytes as a bundle into the target; checks the answer's kind and that a refusal changed nothing. */
function mergeChecked(bytes: Uint8Array): void {
  const file = tempPath('generated.sbundle');
  writeFileSync(file, bytes);
  const before = databaseDigest(target.project.db);
  const result = target.call('bundles.merge', { file: stageInto(target, file), choices: {} });
  const outcome = result.ok ? 'merged' : result.error.code;
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  if (!result.ok) {
    expect(refusals, `${result.error.code}: ${result.error.message}`).toContain(result.error.code);
    expect(databaseDigest(target.project.db)).toBe(before);
  }
}

const damage: fc.Arbitrary<Damage[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), junk: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  ),
  { minLength: 1, maxLength: 4 },
);

type Damage = { kind: 'flip'; at: number; value: number } | { kind: 'cut'; at: number } | { kind: 'insert'; at: number; junk: Uint8Array };

function damaged(bytes: Uint8Array, edits: readonly Damage[]): Uint8Array {
  let out = Uint8Array.from(bytes);
  for (const edit of edits) {
    const at = edit.at % Math.max(1, out.length);
    if (edit.kind === 'flip') out[at] = edit.value;
    else if (edit.kind === 'cut') out = out.slice(0, at);
    else out = Uint8Array.from([...out.slice(0, at), ...edit.junk, ...out.slice(at)]);
  }
  return out;
}

function reportOutcomes(label: string): void {
  console.log(`[property] ${label} came to: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  outcomes.clear();
}

describe('the bundle reader on generated damage', () => {
  it('refuses or merges byte-damaged bundles, never failing inside', () => {
    assertCounted('bundle bytes flipped, cut or inserted', [damage], (edits) => mergeChecked(damaged(bundle, edits)), 60);
    reportOutcomes('damaged bytes');
  }, 180_000);

  it('refuses or merges bundles whose records carry generated JSON, with a manifest that matches', () => {
    const files = unzipSync(bundle);
    const dataEntries = Object.keys(files).filter((name) => name.endsWith('.ndjson') && (files[name]?.length ?? 0) > 0);
    const edit = fc.record({ entry: fc.constantFrom(...dataEntries), line: fc.nat(), key: fc.string({ maxLength: 12 }), value: fc.jsonValue({ maxDepth: 2 }), useOwnKey: fc.boolean() });
    assertCounted(
      'bundle records with generated values',
      [edit],
      ({ entry, line, key, value, useOwnKey }) => {
        const lines = new TextDecoder().decode(files[entry]).trim().split('\n');
        const index = line % lines.length;
        const record = JSON.parse(lines[index] ?? '{}') as Record<string, unknown>;
        const keys = Object.keys(record);
        record[useOwnKey && keys.length > 0 ? (keys[key.length % keys.length] ?? key) : key] = value;
        lines[index] = JSON.stringify(record);
        const changed = { ...files, [entry]: new TextEncoder().encode(`${lines.join('\n')}\n`) };
        const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { entries: { path: string; bytes: number; sha256: string }[] };
        manifest.entries = manifest.entries.map((e) =>
          e.path === entry ? { ...e, bytes: changed[entry]?.length ?? 0, sha256: createHash('sha256').update(changed[entry] ?? new Uint8Array()).digest('hex') } : e,
        );
        const { ['manifest.json']: _old, ...rest } = changed;
        mergeChecked(zipSync({ ...rest, 'manifest.json': new TextEncoder().encode(JSON.stringify(manifest)) }));
      },
      60,
    );
    reportOutcomes('generated records');
  }, 180_000);
});
