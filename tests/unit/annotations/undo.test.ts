// Undo and redo of annotation and codebook changes: stored in the project,
// so they survive closing it, and correct after the text has been revised.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core.ts';
import { freshCore, importText, unwrap } from '../core-harness.ts';

let core: Core;
beforeEach(() => {
  core = freshCore();
});
afterEach(() => core.close());

const text = 'Alpha beta gamma delta.\n\nEpsilon zeta eta theta.';

function highlight(sourceId: string, phrase: string, tagNames: string[] = []) {
  const start = text.indexOf(phrase);
  return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length }, tagNames }));
}

const count = () => unwrap(core.call('annotations.list', {})).total;

describe('undo and redo', () => {
  it('undoes and redoes a new highlight, including the tag it created', () => {
    const id = importText(core, text);
    const h = highlight(id, 'beta gamma', ['Greek']);
    expect(unwrap(core.call('history.state', {}))).toEqual({ undoLabel: 'Highlight', redoLabel: null });
    unwrap(core.call('history.undo', {}));
    expect(count()).toBe(0);
    expect(unwrap(core.call('tags.list', {}))).toEqual([]);
    expect(unwrap(core.call('sources.get', { id })).highlightCount).toBe(0);
    expect(unwrap(core.call('history.state', {}))).toEqual({ undoLabel: null, redoLabel: 'Highlight' });
    unwrap(core.call('history.redo', {}));
    expect(unwrap(core.call('annotations.get', { id: h.id }))).toMatchObject({ exact: 'beta gamma', tags: [{ name: 'Greek' }] });
  });

  it('brings back a deleted highlight with its note and tags', () => {
    const id = importText(core, text);
    const h = highlight(id, 'zeta eta', ['Letters']);
    unwrap(core.call('annotations.update', { id: h.id, patch: { note: 'keep me' } }));
    unwrap(core.call('annotations.delete', { id: h.id }));
    expect(count()).toBe(0);
    unwrap(core.call('history.undo', {}));
    expect(unwrap(core.call('annotations.get', { id: h.id }))).toMatchObject({ note: 'keep me', tags: [{ name: 'Letters' }] });
    unwrap(core.call('history.undo', {}));
    expect(unwrap(core.call('annotations.get', { id: h.id })).note).toBe('');
  });

  it('forgets the redo branch when a new change is made', () => {
    const id = importText(core, text);
    highlight(id, 'Alpha');
    unwrap(core.call('history.undo', {}));
    highlight(id, 'delta');
    expect(unwrap(core.call('history.state', {})).redoLabel).toBeNull();
    expect(core.call('history.redo', {})).toMatchObject({ ok: false, error: { code: 'conflict', message: 'There is nothing to redo.' } });
  });

  it('survives closing and reopening the project', () => {
    const id = importText(core, text);
    highlight(id, 'theta');
    const file = core.project.path;
    core.close();
    core = openCore(file);
    expect(unwrap(core.call('history.state', {})).undoLabel).toBe('Highlight');
    unwrap(core.call('history.undo', {}));
    expect(count()).toBe(0);
  });

  it('re-anchors a highlight restored by undo against the text as it is now', () => {
    const id = importText(core, text);
    const h = highlight(id, 'Epsilon zeta');
    unwrap(core.call('annotations.delete', { id: h.id }));
    const revised = `A new first paragraph.\n\n${text}`;
    unwrap(core.call('sources.revise', { id, text: revised }));
    unwrap(core.call('history.undo', {}));
    const restored = unwrap(core.call('annotations.get', { id: h.id }));
    expect(revised.slice(restored.start ?? 0, restored.end ?? 0)).toBe('Epsilon zeta');
  });

  it('undoes codebook changes: rename, merge and delete', () => {
    const id = importText(core, text);
    highlight(id, 'Alpha', ['Letters']);
    highlight(id, 'beta', ['Symbols']);
    const [letters, symbols] = unwrap(core.call('tags.list', {}));
    if (!letters || !symbols) throw new Error('two tags expected');
    unwrap(core.call('tags.update', { id: letters.id, patch: { name: 'Alphabet' } }));
    unwrap(core.call('tags.merge', { fromId: symbols.id, intoId: letters.id }));
    expect(unwrap(core.call('tags.list', {})).map((t) => [t.name, t.count])).toEqual([['Alphabet', 2]]);
    unwrap(core.call('history.undo', {}));
    expect(unwrap(core.call('tags.list', {})).map((t) => [t.name, t.count])).toEqual([['Alphabet', 1], ['Symbols', 1]]);
    unwrap(core.call('history.undo', {}));
    expect(unwrap(core.call('tags.list', {})).map((t) => t.name)).toEqual(['Letters', 'Symbols']);
  });

  it('records nothing for read-only calls or failed changes', () => {
    const id = importText(core, text);
    unwrap(core.call('annotations.list', {}));
    core.call('annotations.create', { sourceId: id, target: { exact: 'not there' } });
    expect(unwrap(core.call('history.state', {}))).toEqual({ undoLabel: null, redoLabel: null });
  });
});
