// An import of annotations is one undoable step: undo takes back everything it added (for a
// REFI-QDA project, the sources too, kept aside for redo) and leaves the work already there as it
// was; redo brings the import back exactly.

import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { freshCore, importText, unwrap } from '../core-harness.ts';
import { checkSearchIndexes, heldSources, projectDump } from '../history/project-dump.ts';
import { buildSampleProject, loadSampleWithAstral, readStaged, stageBytes } from './sample-project.ts';

const open: Core[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

function exported(format: 'qdpx' | 'w3c'): Buffer {
  const sample = buildSampleProject();
  open.push(sample.core);
  return readStaged(sample.core, unwrap(sample.core.call('interchange.export', { format })).file);
}

function projectWithOwnWork(): Core {
  const core = freshCore();
  open.push(core);
  const own = importText(core, 'My own notes on the depot fire, kept apart.', 'Own notes');
  unwrap(core.call('annotations.create', { sourceId: own, target: { start: 0, end: 12 }, tagNames: ['Mine'] }));
  return core;
}

const titles = (core: Core) => unwrap(core.call('sources.list', {})).rows.map((s) => s.title).sort();

describe('undoing an import', () => {
  it('takes back a REFI-QDA import whole, its sources included, and redoes it exactly', () => {
    const bytes = exported('qdpx');
    const core = projectWithOwnWork();
    const before = projectDump(core);

    const summary = unwrap(core.call('interchange.import', { file: stageBytes(core, bytes, 'qdpx'), format: 'qdpx' }));
    expect(summary.imported.sources).toBeGreaterThan(1);
    expect(summary.imported.highlights).toBeGreaterThan(1);
    const imported = projectDump(core);
    expect(titles(core)).toContain('Astral witness');
    expect(unwrap(core.call('history.state', {}))).toEqual({ undoLabel: 'Import annotations', redoLabel: null });

    unwrap(core.call('history.undo', {}));
    expect(projectDump(core)).toEqual(before);
    expect(titles(core)).toEqual(['Own notes']);
    expect(heldSources(core)).toBe(summary.imported.sources);
    checkSearchIndexes(core);

    unwrap(core.call('history.redo', {}));
    expect(projectDump(core)).toEqual(imported);
    expect(heldSources(core)).toBe(0);
    checkSearchIndexes(core);
    const found = unwrap(core.call('search.query', { query: 'witnesses', kinds: ['sources'] }));
    expect(found.groups.flatMap((g) => g.results.map((r) => r.title))).toContain('Astral witness');
  });

  it('takes back a W3C import: its highlights, notes and new tags go, the sources they were on stay', () => {
    const bytes = exported('w3c');
    const core = freshCore();
    open.push(core);
    loadSampleWithAstral(core);
    const before = projectDump(core);
    const summary = unwrap(core.call('interchange.import', { file: stageBytes(core, bytes, 'jsonld'), format: 'w3c' }));
    expect(summary.imported.highlights).toBeGreaterThan(1);
    const imported = projectDump(core);

    expect(unwrap(core.call('history.undo', {})).applied).toBe('Import annotations');
    expect(projectDump(core)).toEqual(before);
    unwrap(core.call('history.redo', {}));
    expect(projectDump(core)).toEqual(imported);
  });
});
