// Generated projects survive a bundle round trip: export, open as a new
// project, and the copy equals the original table by table (original bytes
// included); exporting the copy again gives the same records.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openBundleAsProject } from '../../../src-main/core/bundles/open-as-project.ts';
import { openCore } from '../../../src-main/core/core.ts';
import { exportToFile, openProjectAt, tempPath, userTables } from '../bundles/bundle-fixtures.ts';
import { unwrap } from '../core-harness.ts';
import { assertCounted } from './counted-property.ts';

const word = fc.constantFrom('embassy', 'rockets', 'convoy', 'minister', 'said', 'the', 'of', 'Ünïcode', '🚀', 'Kata’ib', 'night');
const sentence = fc.array(word, { minLength: 4, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
const plan = fc.record({
  sources: fc.array(fc.array(sentence, { minLength: 2, maxLength: 8 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 3 }),
  highlights: fc.array(fc.record({ source: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 40 }), note: fc.string({ maxLength: 30 }), tag: fc.option(fc.string({ minLength: 1, maxLength: 12 }).map((t) => t.trim() || 'tag')) }), { maxLength: 8 }),
  events: fc.array(fc.record({ title: fc.string({ minLength: 1, maxLength: 20 }).map((t) => t.trim() || 'event'), precision: fc.constantFrom('day', 'month', 'year', 'approximate', 'before', 'after') }), { maxLength: 3 }),
});

/** Every data entry's records, less the sender's merge bases (which an export carries once a project has merged). */
function records(bundlePath: string): Record<string, unknown[]> {
  const files = unzipSync(readFileSync(bundlePath));
  const out: Record<string, unknown[]> = {};
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.ndjson')) continue;
    out[name] = new TextDecoder().decode(data).split('\n').filter((l) => l !== '').map((l) => {
      const { base_sha256: _base, ...rest } = JSON.parse(l) as Record<string, unknown>;
      return rest;
    });
  }
  return out;
}

describe('bundles of generated projects', () => {
  it('open as an equal project and export again to the same records', () => {
    assertCounted(
      'bundle round trip of a generated project',
      [plan],
      (p) => {
        const core = openCore(tempPath('generated.sourcebench'));
        try {
          const ids = p.sources.map((text, k) => unwrap(core.call('sources.importText', { text, title: `Source ${k}` })).source.id);
          const highlightIds: string[] = [];
          for (const h of p.highlights) {
            const sourceId = ids[h.source % ids.length] ?? '';
            const text = unwrap(core.call('sources.get', { id: sourceId })).text;
            const start = h.from % Math.max(1, text.length - 1);
            const end = Math.min(text.length, start + h.length);
            if (end <= start) continue;
            const made = core.call('annotations.create', { sourceId, target: { start, end }, note: h.note, tagNames: h.tag === null ? [] : [h.tag] });
            if (made.ok) highlightIds.push(made.value.id);
          }
          p.events.forEach((e, k) => {
            const event = unwrap(core.call('events.create', { title: e.title, date: { start: '2020-03-05', end: null, precision: e.precision } }));
            const highlightId = highlightIds[k];
            if (highlightId !== undefined) unwrap(core.call('events.link', { highlightId, eventId: event.id, stance: 'reports' }));
          });
          const first = exportToFile(core);
          const target = tempPath('opened.sourcebench');
          openBundleAsProject(first, target);
          const copy = openProjectAt(target);
          try {
            expect(userTables(copy.project.db)).toEqual(userTables(core.project.db));
            expect(records(exportToFile(copy))).toEqual(records(first));
          } finally {
            copy.close();
          }
        } finally {
          core.close();
        }
      },
      15,
    );
  }, 240_000);
});
