import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openBundleAsProject } from '../../../src-main/core/bundles/open-as-project.ts';
import { unwrap } from '../core-harness.ts';
import { exportToFile, openProjectAt, richProject, tempPath, userTables } from './bundle-fixtures.ts';

describe('a bundle of the whole project', () => {
  it('opens as a new project equal to the original, row for row, original bytes included', () => {
    const core = richProject();
    const bundle = exportToFile(core);
    const target = tempPath('copy.sourcebench');
    const summary = openBundleAsProject(bundle, target);
    expect(summary.conflicts).toEqual([]);
    expect(summary.backupPath).toBeNull();
    const copy = openProjectAt(target);
    try {
      const before = userTables(core.project.db);
      const after = userTables(copy.project.db);
      for (const table of Object.keys(before)) expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
      expect(before['source_revisions']?.some((r) => (r as { original: string | null }).original !== null && (r as { original: string }).original !== '')).toBe(true);
      expect(before['highlights']?.length).toBeGreaterThan(2);
      // The search index follows the merged rows.
      const found = unwrap(copy.call('search.query', { query: 'embassy' }));
      expect(JSON.stringify(found).length).toBeGreaterThan(100);
    } finally {
      copy.close();
      core.close();
    }
  });

  it('is a zip whose manifest lists every entry with its size and SHA-256', () => {
    const core = richProject();
    const files = unzipSync(readFileSync(exportToFile(core)));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
      format: string; formatVersion: number; appVersion: string; counts: Record<string, number>; entries: { path: string; bytes: number }[];
    };
    expect(manifest.format).toBe('sourcebench-bundle');
    expect(manifest.formatVersion).toBe(1);
    expect(manifest.appVersion).toMatch(/^\d+\.\d+/);
    expect(manifest.entries.map((e) => e.path).sort()).toEqual(Object.keys(files).filter((n) => n !== 'manifest.json').sort());
    for (const entry of manifest.entries) expect(files[entry.path]?.length).toBe(entry.bytes);
    expect(manifest.counts['highlights']).toBe(3);
    const lines = new TextDecoder().decode(files['highlights.ndjson']).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(Object.keys(JSON.parse(lines[0] ?? '{}'))).toEqual(expect.arrayContaining(['previous_exact', 'status', 'color', 'note']));
    core.close();
  });

  it('refuses to open over an existing project and leaves no file when the bundle is bad', () => {
    const core = richProject();
    expect(() => openBundleAsProject(exportToFile(core), core.project.path)).toThrow(/already exists/);
    core.close();
  });
});
