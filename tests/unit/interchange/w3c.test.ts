import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newStagedName, stagedPath } from '../../../src-main/core/project/staging.ts';
import { freshCore, readingText, unwrap } from '../core-harness.ts';
import { buildSampleProject, highlightsOf, loadSampleWithAstral, readStaged, stageBytes, tableCounts } from './sample-project.ts';

interface Annotation {
  id: string;
  motivation: string;
  body?: { type?: string; purpose?: string; value?: string; id?: string; label?: string }[];
  target: string | { type: string; source: string; selector: { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }[] };
}

function exportAnnotations(core: ReturnType<typeof buildSampleProject>['core'], selection?: { kind: 'event'; eventId: string }) {
  const result = unwrap(core.call('interchange.export', { format: 'w3c', ...(selection ? { selection } : {}) }));
  const json = JSON.parse(readStaged(core, result.file).toString('utf8')) as { type: string; total: number; first: { type: string; items: Annotation[] } };
  return { result, json, items: json.first.items };
}

describe('W3C Web Annotation export', () => {
  it('writes an annotation per highlight with both selectors, the note and every tag, and a linking annotation per event link', () => {
    const sample = buildSampleProject();
    const { core } = sample;
    const { result, json, items } = exportAnnotations(core);
    expect(json.type).toBe('AnnotationCollection');
    expect(json.first.type).toBe('AnnotationPage');
    expect(result.suggestedName).toMatch(/-annotations\.jsonld$/);
    const passages = items.filter((a) => a.motivation !== 'linking');
    const linking = items.filter((a) => a.motivation === 'linking');
    expect(passages).toHaveLength(sample.highlights.length);
    expect(linking).toHaveLength(sample.links.length);
    expect(json.total).toBe(sample.highlights.length + sample.links.length);
    expect(result.counts.records).toEqual({ annotations: sample.highlights.length, links: sample.links.length, orphanedWithoutPosition: 0 });

    const urls = new Map(unwrap(core.call('sources.list', {})).rows.map((s) => [s.id, s.url]));
    for (const h of sample.highlights) {
      const a = passages.find((p) => p.id === `urn:uuid:${h.id}`);
      if (a === undefined || typeof a.target === 'string') throw new Error(`highlight ${h.id} missing`);
      expect(a.target.type).toBe('SpecificResource');
      expect(a.target.source).toBe(urls.get(h.sourceId));
      const text = readingText(core, h.sourceId);
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
      expect(quote?.exact).toBe(h.exact);
      expect(position).toEqual({ type: 'TextPositionSelector', start: Array.from(text.slice(0, h.start)).length, end: Array.from(text.slice(0, h.end)).length });
      // The standard counts characters: slicing the code points gives the quote back.
      expect(Array.from(text).slice(position?.start, position?.end).join('')).toBe(h.exact);
      const notes = (a.body ?? []).filter((b) => b.purpose === 'commenting').map((b) => b.value);
      expect(notes).toEqual(h.note === '' ? [] : [h.note]);
      expect((a.body ?? []).filter((b) => b.purpose === 'tagging').map((b) => b.value).sort()).toEqual([...h.tagNames].sort());
    }
    for (const link of sample.links) {
      const a = linking.find((l) => l.target === `urn:uuid:${link.highlightId}`);
      expect(a?.body?.[0]?.id).toBe(`urn:uuid:${link.eventId}`);
      expect(a?.body?.find((b) => b.purpose === 'classifying')?.value).toBe(link.stance);
    }
  });

  it('astral characters shift the code-point position away from the UTF-16 offset', () => {
    const sample = buildSampleProject();
    const { items } = exportAnnotations(sample.core);
    const rocket = sample.highlights.find((h) => h.exact.startsWith('rocket hit'));
    const a = items.find((i) => i.id === `urn:uuid:${rocket?.id}`);
    const position = typeof a?.target === 'object' ? a.target.selector.find((s) => s.type === 'TextPositionSelector') : undefined;
    // "Greek 𝔘nion 😀 report: the 🚀 " holds three astral characters before the passage.
    expect(rocket?.start).toBe(position === undefined ? -1 : (position.start ?? 0) + 3);
    expect((position?.end ?? 0) - (position?.start ?? 0)).toBe(Array.from(rocket?.exact ?? '').length);
  });

  it('an event selection carries only the passages linked to it', () => {
    const sample = buildSampleProject();
    const { items, result } = exportAnnotations(sample.core, { kind: 'event', eventId: sample.events.explosion });
    expect(result.counts.highlights).toBe(2);
    expect(items.filter((a) => a.motivation === 'linking')).toHaveLength(2);
    expect(items.filter((a) => a.motivation !== 'linking')).toHaveLength(2);
  });
});

describe('W3C Web Annotation import', () => {
  it('round trip: a fresh project holding the same sources gets the same highlights at the same offsets, notes and tags', () => {
    const sample = buildSampleProject();
    const exported = unwrap(sample.core.call('interchange.export', { format: 'w3c' }));
    const other = freshCore();
    loadSampleWithAstral(other);
    const file = stageBytes(other, readStaged(sample.core, exported.file), 'jsonld');
    const summary = unwrap(other.call('interchange.import', { file, format: 'w3c' }));
    expect(summary.imported.highlights).toBe(sample.highlights.length);
    expect(summary.imported.notes).toBe(sample.highlights.filter((h) => h.note !== '').length);
    expect(summary.imported.fuzzy).toBe(0);
    // The events are not in the other project: each link is reported, not dropped silently.
    expect(summary.skipped.total).toBe(sample.links.length);
    expect(summary.skipped.items.every((s) => s.reason === 'it links to an event that is not in this project')).toBe(true);
    const strip = (rows: ReturnType<typeof highlightsOf>) => rows.map(({ status: _status, ...rest }) => rest);
    expect(strip(highlightsOf(other))).toEqual(strip(highlightsOf(sample.core)));
    expect(highlightsOf(other).every((h) => h.status === 'anchored')).toBe(true);
    expect(summary.imported.tags).toBe(3);
  });

  it('back into the same project (by urn:uuid) after deleting the highlights: same passages, the same tags reused, links restored', () => {
    const sample = buildSampleProject();
    const { core } = sample;
    const before = highlightsOf(core);
    const exported = unwrap(core.call('interchange.export', { format: 'w3c' }));
    // Forget the URLs so the sources can be matched only by urn:uuid.
    core.project.db.prepare('UPDATE sources SET url = NULL').run();
    const again = unwrap(core.call('interchange.export', { format: 'w3c' }));
    for (const h of sample.highlights) unwrap(core.call('annotations.delete', { id: h.id }));
    const tagsBefore = tableCounts(core).tags;
    const summary = unwrap(core.call('interchange.import', { file: again.file, format: 'w3c' }));
    expect(summary.skipped).toEqual({ total: 0, items: [] });
    expect(summary.imported).toMatchObject({ highlights: sample.highlights.length, links: sample.links.length, tags: 0 });
    expect(tableCounts(core).tags).toBe(tagsBefore);
    expect(highlightsOf(core).map(({ sourceUrl: _u, ...rest }) => rest)).toEqual(before.map(({ sourceUrl: _u, ...rest }) => rest));
    expect(tableCounts(core).event_links).toBe(sample.links.length);
    // Importing the same file again adds nothing and says so.
    const twice = unwrap(core.call('interchange.import', { file: again.file, format: 'w3c' }));
    expect(twice.imported.highlights).toBe(0);
    expect(twice.alreadyPresent.highlights).toBe(sample.highlights.length);
    expect(exported.counts.highlights).toBe(sample.highlights.length);
  });

  it.each([
    ['its API search results', (rows: unknown[]) => ({ total: rows.length, rows })],
    ['its client\'s export file', (annotations: unknown[]) => ({ export_date: '2026-01-01T00:00:00Z', export_userid: 'acct:someone@hypothes.is', annotations })],
  ])('reads a Hypothesis export (%s): uri, text, tags and its selectors, and reports annotations of pages not in the project', (_shape, wrap) => {
    const core = freshCore();
    loadSampleWithAstral(core);
    const [source] = unwrap(core.call('sources.list', {})).rows.filter((s) => s.title === 'Astral witness');
    if (!source?.url) throw new Error('no astral source');
    const text = readingText(core, source.id);
    const exact = 'the 🚀 rocket';
    const start = Array.from(text.slice(0, text.indexOf(exact))).length;
    const hypothesis = wrap([
        {
          id: 'hyp-1',
          uri: source.url,
          text: 'From Hypothesis',
          tags: ['rockets', 'imported'],
          target: [{ source: source.url, selector: [
            { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 5 },
            { type: 'TextPositionSelector', start: start + 1000, end: start + 1000 + Array.from(exact).length },
            { type: 'TextQuoteSelector', exact, prefix: 'report: ', suffix: ' hit' },
          ] }],
        },
        { id: 'hyp-2', uri: 'https://elsewhere.example/page', text: 'x', target: [{ source: 'https://elsewhere.example/page', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }] },
        { id: 'hyp-3', uri: source.url, text: 'A page note', target: [{ source: source.url }] },
    ]);
    const summary = unwrap(core.call('interchange.import', { file: stageBytes(core, JSON.stringify(hypothesis), 'json'), format: 'w3c' }));
    expect(summary.imported).toMatchObject({ highlights: 1, notes: 1, tags: 2 });
    expect(summary.skipped.items).toEqual([
      { item: 'hyp-2', reason: 'no source in this project has the address https://elsewhere.example/page' },
      { item: 'hyp-3', reason: 'its target names a whole source, not a passage (no selector)' },
    ]);
    const [h] = unwrap(core.call('annotations.list', { sourceId: source.id })).rows;
    expect(text.slice(h?.start ?? 0, h?.end ?? 0)).toBe(exact);
    expect(h?.note).toBe('From Hypothesis');
    expect(h?.tags.map((t) => t.name).sort()).toEqual(['imported', 'rockets']);
  });

  it('a quote that changed a little is kept as fuzzy for review; one not in the text is reported', () => {
    const core = freshCore();
    loadSampleWithAstral(core);
    const [source] = unwrap(core.call('sources.list', {})).rows.filter((s) => s.title === 'Astral witness');
    const target = (exact: string) => ({
      type: 'SpecificResource',
      source: source?.url,
      selector: [{ type: 'TextQuoteSelector', exact, prefix: 'report: the 🚀 ', suffix: ', witnesses said' }],
    });
    const page = {
      type: 'AnnotationPage',
      items: [
        { id: 'a', type: 'Annotation', target: target('rocket hit the depot at U-3 before dawn') },
        { id: 'b', type: 'Annotation', target: target('a sentence that no source of this project contains at all') },
      ],
    };
    const summary = unwrap(core.call('interchange.import', { file: stageBytes(core, JSON.stringify(page), 'jsonld'), format: 'w3c' }));
    expect(summary.imported).toMatchObject({ highlights: 1, fuzzy: 1 });
    expect(summary.skipped.items).toEqual([{ item: 'b', reason: "the quoted passage is not in the source's text" }]);
    const [h] = unwrap(core.call('annotations.list', { sourceId: source?.id ?? '' })).rows;
    expect(h?.status).toBe('fuzzy');
    expect(h?.previousExact).toBe('rocket hit the depot at U-3 before dawn');
    expect(h?.exact).toBe('rocket hit the depot at 𝔘-3 before dawn');
  });
});

describe('W3C import of hostile files', () => {
  function attempt(core: ReturnType<typeof freshCore>, data: string | Uint8Array) {
    return core.call('interchange.import', { file: stageBytes(core, data, 'jsonld'), format: 'w3c' });
  }

  it('refuses what is not annotations with a clear error and leaves the project as it was', () => {
    const core = freshCore();
    loadSampleWithAstral(core);
    const before = tableCounts(core);
    const cases: [string | Uint8Array, RegExp][] = [
      ['{"type": "Annot', /not valid JSON/],
      [new Uint8Array([0xff, 0xfe, 0x00]), /not valid JSON/],
      ['42', /neither W3C Web Annotations/],
      ['{"hello": "world"}', /neither W3C Web Annotations/],
      ['{"type": "AnnotationCollection", "first": "https://example.org/page1"}', /pages are stored elsewhere/],
      ['{"type": "AnnotationPage", "items": {"not": "a list"}}', /"items" is not a list/],
      [JSON.stringify(Array.from({ length: 100_001 }, () => ({}))), /holds 100,001 annotations; Sourcebench imports up to 100,000/],
    ];
    for (const [data, message] of cases) {
      const result = attempt(core, data);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(tableCounts(core)).toEqual(before);
  });

  it('skips annotations with wrong types or offsets outside the text, each with its reason', () => {
    const core = freshCore();
    loadSampleWithAstral(core);
    const [source] = unwrap(core.call('sources.list', {})).rows.filter((s) => s.title === 'Astral witness');
    const url = source?.url ?? '';
    const items = [
      'just a string',
      { id: 'n1', target: 5 },
      { id: 'n2', target: { source: url, selector: [{ type: 'TextQuoteSelector', exact: 12 }] } },
      { id: 'n3', target: { source: url, selector: [{ type: 'TextPositionSelector', start: 10, end: 1_000_000 }] } },
      { id: 'n4', target: { source: url, selector: [{ type: 'TextPositionSelector', start: -5, end: '3' }] } },
      { id: 'n5', target: { source: url, selector: [{ type: 'TextPositionSelector', start: 7, end: 7 }] } },
      { id: 'n6', body: { type: 'TextualBody', value: 'x'.repeat(100_001) }, target: { source: url, selector: [{ type: 'TextQuoteSelector', exact: 'rocket' }] } },
      { id: 'n7', target: { source: url, selector: [{ type: 'TextQuoteSelector', exact: '   ' }] } },
    ];
    const summary = unwrap(attempt(core, JSON.stringify(items)));
    expect(summary.imported.highlights).toBe(0);
    expect(summary.skipped.items).toEqual([
      { item: 'annotation #1', reason: 'it is not an annotation object' },
      { item: 'n1', reason: 'its target does not name a source' },
      { item: 'n2', reason: 'it has neither a quote nor a position to anchor it' },
      { item: 'n3', reason: "its position 10..1000000 is outside the source's text" },
      { item: 'n4', reason: 'it has neither a quote nor a position to anchor it' },
      { item: 'n5', reason: 'its position 7..7 is empty' },
      { item: 'n6', reason: 'its note is longer than 100,000 characters' },
      { item: 'n7', reason: 'it has neither a quote nor a position to anchor it' },
    ]);
  });

  it('refuses a file over the size cap before reading it', () => {
    const core = freshCore();
    const name = newStagedName('jsonld');
    writeFileSync(stagedPath(core.project, name), Buffer.alloc(50 * 1024 * 1024 + 1, 0x20));
    const result = core.call('interchange.import', { file: name, format: 'w3c' });
    expect(result.ok ? '' : result.error.message).toMatch(/imports up to 50 MB/);
    expect(core.call('interchange.import', { file: '../escape.jsonld', format: 'w3c' }).ok).toBe(false);
    expect(core.call('interchange.import', { file: 'missing.jsonld', format: 'w3c' }).ok).toBe(false);
  });
});

describe('orphaned highlights in exports', () => {
  it('travel in W3C by their quote alone, and are counted when REFI-QDA, which needs a position, leaves them out', () => {
    const sample = buildSampleProject();
    const { core } = sample;
    const rocket = sample.highlights.find((h) => h.exact.startsWith('rocket hit'));
    unwrap(core.call('sources.revise', { id: sample.astralSourceId, text: 'A different text altogether, with nothing of the old one.' }));
    expect(unwrap(core.call('annotations.get', { id: rocket?.id ?? '' })).status).toBe('orphaned');
    const w3c = unwrap(core.call('interchange.export', { format: 'w3c' }));
    const orphans = unwrap(core.call('annotations.list', { status: 'orphaned' })).total;
    expect(w3c.counts.records).toMatchObject({ annotations: sample.highlights.length, orphanedWithoutPosition: orphans });
    const items = (JSON.parse(readStaged(core, w3c.file).toString('utf8')) as { first: { items: Annotation[] } }).first.items;
    const orphan = items.find((a) => a.id === `urn:uuid:${rocket?.id}`);
    expect(typeof orphan?.target === 'object' ? orphan.target.selector : []).toEqual([{ type: 'TextQuoteSelector', exact: rocket?.exact, prefix: expect.any(String), suffix: expect.any(String) }]);
    const qdpx = unwrap(core.call('interchange.export', { format: 'qdpx' }));
    expect(qdpx.counts.records).toMatchObject({ selections: sample.highlights.length - orphans, orphanedLeftOut: orphans });
  });
});
