// Highlighting passages: by selection or by quote, notes, colors, inline tags,
// overlaps, and what happens to each highlight when the text is revised.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { freshCore, importCorpusFile, importText, readingText, unwrap } from '../core-harness.ts';

let core: Core;
beforeEach(() => {
  core = freshCore();
});
afterEach(() => core.close());

const article = [
  'Rockets hit the compound shortly after midnight.',
  '',
  'Officials said three people were hurt in the attack.',
  '',
  'The embassy will close within ninety days, a spokesman said.',
].join('\n');

function highlightPhrase(sourceId: string, phrase: string, extra: { note?: string; tagNames?: string[] } = {}) {
  const text = readingText(core, sourceId);
  const start = text.indexOf(phrase);
  return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length }, ...extra }));
}

describe('creating highlights', () => {
  it('stores both selectors for a selection, with note, color and new tags', () => {
    const id = importText(core, article);
    const h = highlightPhrase(id, 'three people were hurt', { note: 'casualty count', tagNames: ['Casualties', 'Numbers'] });
    expect(h).toMatchObject({ exact: 'three people were hurt', status: 'anchored', note: 'casualty count', color: 'yellow' });
    expect(h.prefix.endsWith('Officials said ')).toBe(true);
    expect(h.suffix.startsWith(' in the attack.')).toBe(true);
    expect(h.tags.map((t) => t.name)).toEqual(['Casualties', 'Numbers']);
    const tags = unwrap(core.call('tags.list', {}));
    expect(tags.map((t) => [t.name, t.count])).toEqual([['Casualties', 1], ['Numbers', 1]]);
  });

  it('reuses an existing tag named inline, whatever its case', () => {
    const id = importText(core, article);
    highlightPhrase(id, 'Rockets hit', { tagNames: ['Attacks'] });
    const h = highlightPhrase(id, 'the attack', { tagNames: ['attacks'] });
    expect(unwrap(core.call('tags.list', {}))).toHaveLength(1);
    expect(h.tags[0]?.name).toBe('Attacks');
  });

  it('finds a quote in the text, and refuses an ambiguous or absent one with a clear message', () => {
    const id = importText(core, article);
    const h = unwrap(core.call('annotations.create', { sourceId: id, target: { exact: 'ninety days' } }));
    expect(readingText(core, id).slice(h.start ?? 0, h.end ?? 0)).toBe('ninety days');
    const ambiguous = core.call('annotations.create', { sourceId: id, target: { exact: 'the' } });
    expect(ambiguous).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const disambiguated = unwrap(core.call('annotations.create', { sourceId: id, target: { exact: 'the', prefix: 'hurt in ' } }));
    expect(disambiguated.prefix.endsWith('hurt in ')).toBe(true);
    expect(core.call('annotations.create', { sourceId: id, target: { exact: 'drone strike' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('picks the occurrence of a repeated quote that its prefix or its suffix alone points to', () => {
    const id = importText(core, 'The report said. The attack came. The end.');
    const bySuffix = unwrap(core.call('annotations.create', { sourceId: id, target: { exact: 'The', suffix: ' end' } }));
    expect(bySuffix.start).toBe(34);
    const byPrefix = unwrap(core.call('annotations.create', { sourceId: id, target: { exact: 'The', prefix: 'said. ' } }));
    expect(byPrefix.start).toBe(17);
    expect(core.call('annotations.create', { sourceId: id, target: { exact: 'The', prefix: 'nothing like it ' } })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('lets highlights overlap and nest, listed in reading order', () => {
    const id = importText(core, article);
    highlightPhrase(id, 'three people were hurt in the attack');
    highlightPhrase(id, 'Rockets hit the compound');
    highlightPhrase(id, 'people were hurt');
    const list = unwrap(core.call('annotations.list', { sourceId: id }));
    expect(list.rows.map((h) => h.exact)).toEqual(['Rockets hit the compound', 'three people were hurt in the attack', 'people were hurt']);
    expect(unwrap(core.call('sources.get', { id })).highlightCount).toBe(3);
  });

  it('refuses empty and out-of-range selections', () => {
    const id = importText(core, article);
    expect(core.call('annotations.create', { sourceId: id, target: { start: 5, end: 5 } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(core.call('annotations.create', { sourceId: id, target: { start: 0, end: 10_000 } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('re-anchoring after a revision', () => {
  it('keeps a highlight when text before it changes, with its new offsets', () => {
    const id = importText(core, article);
    const h = highlightPhrase(id, 'ninety days');
    const result = unwrap(core.call('sources.revise', { id, text: article.replace('Rockets hit', 'Several rockets hit') }));
    expect(result.reanchored.orphaned).toBe(0);
    const after = unwrap(core.call('annotations.get', { id: h.id }));
    expect(['anchored', 'moved']).toContain(after.status);
    expect(result.source.text.slice(after.start ?? 0, after.end ?? 0)).toBe('ninety days');
  });

  it('marks a highlight whose words changed as fuzzy, showing the old and the new quote', () => {
    const id = importText(core, article);
    const h = highlightPhrase(id, 'Officials said three people were hurt in the attack.');
    unwrap(core.call('sources.revise', { id, text: article.replace('three people were hurt', 'three people were injured') }));
    const after = unwrap(core.call('annotations.get', { id: h.id }));
    expect(after.status).toBe('fuzzy');
    expect(after.previousExact).toBe('Officials said three people were hurt in the attack.');
    expect(after.exact).toContain('injured');
    const confirmed = unwrap(core.call('annotations.update', { id: h.id, patch: { confirmAnchor: true } }));
    expect(confirmed).toMatchObject({ status: 'anchored', previousExact: null });
  });

  it('orphans a highlight whose passage was deleted, lists it, and re-attaches it to new words', () => {
    const id = importText(core, article);
    const h = highlightPhrase(id, 'The embassy will close within ninety days', { note: 'timeline' });
    const revised = article.replace('The embassy will close within ninety days, a spokesman said.', 'A spokesman declined to comment on the embassy.');
    const { reanchored, source } = unwrap(core.call('sources.revise', { id, text: revised }));
    expect(reanchored.orphaned).toBe(1);
    const orphans = unwrap(core.call('annotations.list', { sourceId: id, status: 'orphaned' }));
    expect(orphans.rows).toMatchObject([{ id: h.id, exact: 'The embassy will close within ninety days', note: 'timeline', start: null, end: null }]);
    const start = source.text.indexOf('declined to comment');
    const reattached = unwrap(core.call('annotations.reattach', { id: h.id, start, end: start + 'declined to comment'.length }));
    expect(reattached).toMatchObject({ status: 'anchored', exact: 'declined to comment', note: 'timeline' });
  });

  it('re-anchors highlights when a removed line is restored above them', () => {
    const id = importCorpusFile(core, 'news-us-warns-embassy-shutdown.txt');
    const text = readingText(core, id);
    const phrase = 'Iran-backed militias';
    const h = highlightPhrase(id, phrase);
    const detail = unwrap(core.call('sources.get', { id }));
    const firstRemoved = detail.removedLines[0];
    if (!firstRemoved) throw new Error('the corpus file should have noise removed');
    const restored = unwrap(core.call('sources.setLineRemoved', { id, line: firstRemoved.line, removed: false }));
    expect(restored.text.length).toBeGreaterThan(text.length);
    const after = unwrap(core.call('annotations.get', { id: h.id }));
    expect(restored.text.slice(after.start ?? 0, after.end ?? 0)).toBe(phrase);
  });

  it('re-anchors on re-import of a corrected article, keeping the new original', () => {
    const id = importText(core, article);
    const h = highlightPhrase(id, 'a spokesman said');
    const corrected = `Correction appended.\n\n${article.replace('shortly after midnight', 'at 1 a.m.')}`;
    const result = unwrap(core.call('sources.reimport', { id, fileName: 'corrected.txt', dataBase64: Buffer.from(corrected).toString('base64') }));
    expect(result.source.revision.reason).toBe('re-imported corrected.txt');
    const after = unwrap(core.call('annotations.get', { id: h.id }));
    expect(result.source.text.slice(after.start ?? 0, after.end ?? 0)).toBe('a spokesman said');
    const stored = core.project.db.prepare('SELECT original FROM source_revisions WHERE id = ?').get(result.source.revision.id) as { original: Buffer };
    expect(stored.original.toString()).toBe(corrected);
  });
});

describe('revisions', () => {
  it('keeps every revision and shows a word diff against the current text', () => {
    const id = importText(core, article);
    unwrap(core.call('sources.revise', { id, text: article.replace('three people', 'four people') }));
    const revisions = unwrap(core.call('sources.revisions', { id }));
    expect(revisions.map((r) => [r.number, r.reason, r.current])).toEqual([[1, 'import', false], [2, 'edited', true]]);
    const diff = unwrap(core.call('sources.diffRevisions', { id, from: 1 }));
    expect(diff.to).toBe(2);
    expect(diff.parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'three' },
      { kind: 'added', text: 'four' },
    ]);
    expect(core.call('sources.revise', { id, text: article.replace('three people', 'four people') })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
