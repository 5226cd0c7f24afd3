// A step that can no longer apply (what it refers to was removed or replaced since, outside the
// history) leaves the history with a message naming it, changes nothing, and no longer blocks the
// steps behind it.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { freshCore, importText, unwrap } from '../core-harness.ts';
import { heldSources } from './project-dump.ts';

let core: Core;
beforeEach(() => {
  core = freshCore();
});
afterEach(() => core.close());

function highlight(sourceId: string, tagNames: string[] = []) {
  return unwrap(core.call('annotations.create', { sourceId, target: { start: 0, end: 5 }, tagNames }));
}

const tagNames = () => unwrap(core.call('tags.list', {})).map((t) => t.name);
const held = () => heldSources(core);

describe('a step that can no longer apply', () => {
  it('is dropped from the redo list whole, with a message naming it; the steps behind it then redo', () => {
    const doomed = importText(core, 'Alpha beta gamma.', 'Doomed');
    const kept = importText(core, 'Delta epsilon zeta.', 'Kept');
    const passage = highlight(doomed, ['Fresh tag']);
    unwrap(core.call('events.createFromHighlight', { highlightId: passage.id, title: 'Alpha event' }));
    const other = highlight(kept);
    for (let i = 0; i < 3; i += 1) unwrap(core.call('history.undo', {}));
    // Removed outside the history (as a merge or another tool might): the redo list is left as it was.
    core.project.db.prepare('DELETE FROM sources WHERE id = ?').run(doomed);
    expect(unwrap(core.call('history.state', {}))).toEqual({ undoLabel: null, redoLabel: 'Highlight' });

    expect(unwrap(core.call('history.redo', {}))).toEqual({
      applied: null,
      dropped: { label: 'Highlight', message: expect.stringMatching(/^"Highlight" can no longer be redone: .*deleted since\. It was taken off the redo list; nothing was changed\.$/) },
      undoLabel: null,
      redoLabel: 'Create event from highlight',
      sourcesChanged: false,
    });
    expect(tagNames()).toEqual([]);
    expect(core.call('annotations.get', { id: passage.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    // Whole or nothing: its event would insert, its link cannot; neither is left behind.
    expect(unwrap(core.call('history.redo', {})).dropped?.label).toBe('Create event from highlight');
    expect(unwrap(core.call('events.list', {})).rows).toEqual([]);

    expect(unwrap(core.call('history.redo', {}))).toEqual({ applied: 'Highlight', undoLabel: 'Highlight', redoLabel: null, sourcesChanged: false });
    expect(unwrap(core.call('annotations.get', { id: other.id })).sourceId).toBe(kept);
  });

  it('is dropped from the undo list when the deleted source came back another way, keeping the one there now', () => {
    const text = 'The same words imported twice.';
    const before = importText(core, 'An earlier source.', 'Earlier');
    highlight(before);
    const original = importText(core, text, 'Original');
    highlight(original);
    unwrap(core.call('sources.delete', { id: original }));
    const again = importText(core, text, 'Imported again');
    expect(again).not.toBe(original);

    const outcome = unwrap(core.call('history.undo', {}));
    expect(outcome.applied).toBeNull();
    expect(outcome.dropped?.message).toMatch(/^"Delete source" can no longer be undone: the project now holds something that takes its place/);
    expect(outcome.undoLabel).toBe('Highlight');
    expect(unwrap(core.call('sources.list', {})).rows.map((s) => s.title).sort()).toEqual(['Earlier', 'Imported again']);
    expect(held()).toBe(0);
    // Older steps still undo.
    expect(unwrap(core.call('history.undo', {})).applied).toBe('Highlight');
  });

  it('will not delete a source again when highlights were added to it outside the history since', () => {
    const id = importText(core, 'Words worth keeping here.', 'Returned');
    unwrap(core.call('sources.delete', { id }));
    unwrap(core.call('history.undo', {}));
    const db = core.project.db;
    // As a bundle merge would: a highlight written without an undo step of its own.
    db.prepare(`INSERT INTO highlights (id, source_id, start, "end", exact, created_at, updated_at) VALUES ('merged', ?, 0, 5, 'Words', 't', 't')`).run(id);

    const outcome = unwrap(core.call('history.redo', {}));
    expect(outcome.dropped?.message).toBe('"Delete source" can no longer be redone: the source has a highlight added since, which it would delete. It was taken off the redo list; nothing was changed.');
    expect(unwrap(core.call('annotations.get', { id: 'merged' })).sourceId).toBe(id);
    expect(unwrap(core.call('sources.get', { id })).title).toBe('Returned');
    expect(held()).toBe(0);
  });

  it('still answers plainly when there is nothing at all to undo or redo', () => {
    expect(core.call('history.undo', {})).toMatchObject({ ok: false, error: { code: 'conflict', message: 'There is nothing to undo.' } });
    expect(core.call('history.redo', {})).toMatchObject({ ok: false, error: { code: 'conflict', message: 'There is nothing to redo.' } });
  });
});
