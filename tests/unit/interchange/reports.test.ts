import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../core-harness.ts';
import { buildSampleProject, readStaged } from './sample-project.ts';

type Sample = ReturnType<typeof buildSampleProject>;

function exported(sample: Sample, format: 'csv' | 'markdown' | 'timelinejs' | 'csl') {
  const result = unwrap(sample.core.call('interchange.export', { format }));
  return { result, text: readStaged(sample.core, result.file).toString('utf8') };
}

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('CSV of highlights', () => {
  it('has a row per highlight with its quote, note, tags and linked events', () => {
    const sample = buildSampleProject();
    const { result, text } = exported(sample, 'csv');
    const [header, ...rows] = parseCsv(text);
    expect(header?.slice(0, 7)).toEqual(['id', 'source', 'source_id', 'quote', 'note', 'tags', 'events']);
    expect(rows).toHaveLength(sample.highlights.length);
    expect(result.counts.records).toEqual({ highlights: sample.highlights.length });
    for (const h of sample.highlights) {
      const row = rows.find((r) => r[0] === h.id);
      expect(row?.[2]).toBe(h.sourceId);
      expect(row?.[3]).toBe(h.exact);
      expect(row?.[4]).toBe(h.note);
      expect(row?.[5]?.split('; ').filter((t) => t !== '').sort()).toEqual([...h.tagNames].sort());
      const links = sample.links.filter((l) => l.highlightId === h.id);
      expect(row?.[6]?.split('; ').filter((e) => e !== '').length).toBe(links.length);
    }
    expect(rows.find((r) => r[0] === sample.links[1]?.highlightId)?.[6]).toBe('Depot explosion (disputes)');
  });
});

describe('Markdown report', () => {
  it('lists every source with its highlights, notes and tags, and every event with its passages, as Markdown that parses without raw HTML', () => {
    const sample = buildSampleProject();
    const { result, text } = exported(sample, 'markdown');
    const tree = fromMarkdown(text);
    type Node = { type: string; depth?: number; value?: string; children?: Node[] };
    const all: Node[] = [];
    const walk = (node: Node) => {
      all.push(node);
      node.children?.forEach(walk);
    };
    walk(tree as Node);
    const plain = (node: Node): string => node.value ?? (node.children ?? []).map(plain).join('');
    expect(all.filter((n) => n.type === 'html')).toEqual([]);
    const headings = all.filter((n) => n.type === 'heading' && n.depth === 3).map(plain);
    const titles = unwrap(sample.core.call('sources.list', {})).rows.map((s) => s.title);
    expect(headings).toEqual(expect.arrayContaining([...titles, 'Depot explosion', 'Inquiry <opens>', 'Undated rumour']));
    const quotes = all.filter((n) => n.type === 'blockquote').map(plain);
    for (const h of sample.highlights) expect(quotes.filter((q) => q.startsWith(h.exact)).length).toBe(1 + sample.links.filter((l) => l.highlightId === h.id).length);
    const paragraphs = all.filter((n) => n.type === 'paragraph').map(plain);
    for (const h of sample.highlights.filter((x) => x.note !== '')) expect(paragraphs).toContain(`Note: ${h.note.replace(/\s*\n\s*/g, ' ')}`);
    const tagLines = paragraphs.filter((p) => p.startsWith('Tags: ')).map((p) => p.slice(6).split(', ').sort().join('|')).sort();
    expect(tagLines).toEqual(sample.highlights.filter((h) => h.tagNames.length > 0).map((h) => [...h.tagNames].sort().join('|')).sort());
    expect(paragraphs.filter((p) => /^(reports|disputes|context), /u.test(p))).toHaveLength(sample.links.length);
    expect(paragraphs).toContain('14 March 2024 · Velmora');
    expect(paragraphs).toContain('c. April 2024');
    expect(result.counts.records).toEqual({ sources: sample.sourceIds.length, highlights: sample.highlights.length, events: 3, links: sample.links.length });
  });
});

describe('TimelineJS', () => {
  interface Slide { unique_id: string; start_date: Record<string, string>; end_date?: Record<string, string>; display_date: string; text: { headline: string; text: string } }

  it('writes a slide per dated event with only the date parts its precision knows, and escapes all text as HTML', () => {
    const sample = buildSampleProject();
    const undated = unwrap(sample.core.call('events.list', {})).rows.find((e) => e.title === 'Undated rumour');
    const { result, text } = exported(sample, 'timelinejs');
    const timeline = JSON.parse(text) as { events: Slide[] };
    expect(timeline.events.map((e) => e.unique_id)).toEqual([sample.events.explosion, sample.events.inquiry]);
    expect(result.counts.records).toEqual({ events: 2, undatedLeftOut: 1 });
    const [explosion, inquiry] = timeline.events;
    expect(explosion?.start_date).toEqual({ year: '2024', month: '3', day: '14' });
    expect(explosion?.display_date).toBe('14 March 2024');
    expect(inquiry?.start_date).toEqual({ year: '2024', month: '4', display_date: 'c. April 2024' });
    expect(inquiry?.text.headline).toBe('Inquiry &lt;opens&gt;');
    expect(inquiry?.text.text).toContain('An inquiry &amp; a report');
    for (const link of sample.links) {
      const slide = timeline.events.find((e) => e.unique_id === link.eventId);
      const h = sample.highlights.find((x) => x.id === link.highlightId);
      expect(slide?.text.text).toContain(`<b>${link.stance}</b>`);
      expect(slide?.text.text).toContain(`“${(h?.exact ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}”`);
    }
    expect(slide(sample, undated?.id ?? '', { start: '2020', end: '2021-06', precision: 'before' })).toMatchObject({
      start_date: { year: '2020', display_date: 'before 2020' },
      end_date: { year: '2021', month: '6', display_date: 'before June 2021' },
      display_date: 'before 2020 – June 2021',
    });
    expect(slide(sample, undated?.id ?? '', { start: '2019-05', end: null, precision: 'after' })).toMatchObject({ start_date: { year: '2019', month: '5', display_date: 'after May 2019' } });
    expect(slide(sample, undated?.id ?? '', { start: '2018', end: null, precision: 'year' }).start_date).toEqual({ year: '2018' });
  });

  function slide(sample: Sample, id: string, date: { start: string; end: string | null; precision: 'before' | 'after' | 'year' }): Slide {
    unwrap(sample.core.call('events.update', { id, patch: { date } }));
    const timeline = JSON.parse(exported(sample, 'timelinejs').text) as { events: Slide[] };
    const found = timeline.events.find((e) => e.unique_id === id);
    if (found === undefined) throw new Error('slide missing');
    return found;
  }
});

describe('CSL-JSON', () => {
  it('writes an item per source with type from its kind, authors, container or publisher, issued date parts and URL', () => {
    const sample = buildSampleProject();
    unwrap(sample.core.call('sources.update', {
      id: sample.astralSourceId,
      patch: { author: 'A. Writer and B. Other', publisher: 'Lower Quay Press', publishedAt: '2024-03-15', kind: 'news' },
    }));
    const { result, text } = exported(sample, 'csl');
    const items = JSON.parse(text) as Record<string, unknown>[];
    expect(items.map((i) => i['id']).sort()).toEqual([...sample.sourceIds].sort());
    expect(result.counts.records).toEqual({ items: sample.sourceIds.length });
    const astral = items.find((i) => i['id'] === sample.astralSourceId);
    expect(astral).toMatchObject({
      type: 'article-newspaper',
      title: 'Astral witness',
      author: [{ literal: 'A. Writer' }, { literal: 'B. Other' }],
      'container-title': 'Lower Quay Press',
      issued: { 'date-parts': [[2024, 3, 15]] },
      URL: 'https://example.org/astral-witness',
    });
    unwrap(sample.core.call('sources.update', { id: sample.astralSourceId, patch: { kind: 'report', publishedAt: '2023-11' } }));
    const report = (JSON.parse(exported(sample, 'csl').text) as Record<string, unknown>[]).find((i) => i['id'] === sample.astralSourceId);
    expect(report).toMatchObject({ type: 'report', publisher: 'Lower Quay Press', issued: { 'date-parts': [[2023, 11]] } });
    expect(report?.['container-title']).toBeUndefined();
    for (const source of unwrap(sample.core.call('sources.list', {})).rows) {
      expect(items.find((i) => i['id'] === source.id)?.['title']).toBe(source.title);
    }
  });
});
