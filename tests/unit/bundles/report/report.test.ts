// The standalone HTML report: everything the project holds is in it, nothing imported or typed can
// run in it, overlapping highlights are drawn well formed, and the comparison carries the discrepancy
// with the user's verdict. The operation stages the file; the report is the same through both paths.

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { reportContentSecurityPolicy } from '../../../../src-main/core/bundles/report/report-cover.ts';
import { reportToString } from '../../../../src-main/core/bundles/report/write-report.ts';
import type { Selection } from '../../../../src-main/core/bundles/selection.ts';
import type { Core } from '../../../../src-main/core/core.ts';
import { stagedPath } from '../../../../src-main/core/project/staging.ts';
import { importText, readingText, unwrap } from '../../core-harness.ts';
import { assertBalanced, coloursPerCharacter, parse } from './html-checks.ts';
import { workedSample } from './report-project.ts';

let open: Core | undefined;
afterEach(() => open?.close());

function report(core: Core, selection: Selection = { kind: 'project' }): { html: string; doc: Document } {
  const html = reportToString(core.project.db, selection, { projectName: 'Velmora', generatedAt: '2025-10-01T12:00:00.000Z' });
  return { html, doc: parse(html) };
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

describe('the report of the whole sample project', () => {
  it('holds every source, highlight, note, tag and event', () => {
    const worked = workedSample();
    open = worked.core;
    const { doc } = report(worked.core);
    const sources = unwrap(worked.core.call('sources.list', {})).rows;
    expect(sources).toHaveLength(4);
    for (const source of sources) {
      const article = doc.getElementById(`src-${source.id}`);
      expect(text(article?.querySelector('h3'))).toBe(source.title);
      expect(text(article?.querySelector('dl.meta'))).toContain(source.publisher ?? '');
      const reading = article?.querySelector('.reading')?.cloneNode(true) as Element;
      for (const ref of Array.from(reading.querySelectorAll('a.hl-ref'))) ref.remove();
      expect(text(reading)).toBe(readingText(worked.core, source.id).replace(/\s+/gu, ' ').trim());
    }
    const highlights = unwrap(worked.core.call('annotations.list', {})).rows;
    expect(highlights).toHaveLength(worked.highlights.length);
    for (const h of highlights) {
      const item = doc.getElementById(`hl-${h.id}`);
      expect(text(item?.querySelector('blockquote'))).toBe(h.exact);
      if (h.note !== '') expect(text(item?.querySelector('.note'))).toBe(`Note: ${h.note}`);
      expect(Array.from(item?.querySelectorAll('.tag') ?? []).map(text)).toEqual(h.tags.map((t) => t.name));
      expect(doc.getElementById(`at-${h.id}`)?.tagName).toBe('MARK');
    }
    const tree = doc.querySelector('#codebook .tag-tree');
    expect(Array.from(tree?.querySelectorAll(':scope > li > .tag') ?? []).map(text)).toEqual(['Casualties', 'Cause']);
    expect(text(tree?.querySelector(':scope > li > ul > li > .tag'))).toBe('Death toll');
    // Casualties: one passage itself, three through "Death toll" below it.
    expect(text(tree?.querySelector(':scope > li'))).toContain('1 directly, 4 with the tags below');
    const events = Array.from(doc.querySelectorAll('#timeline .timeline > li'));
    expect(events.map((li) => text(li.querySelector('h3')))).toEqual(['Harbour board meeting', 'Explosion at the Quay Seven fuel terminal']);
    expect(events.map((li) => text(li.querySelector('.when')))).toEqual(['c. September 2025', '9 September 2025']);
    const explosion = text(events[1]);
    expect(explosion).toContain('Place: Velmora harbour');
    expect(explosion).toContain('Actors: Ilya Voronyev, Velmora Harbour Authority');
    expect(explosion).toContain('4 passages from 3 sources: 2 reporting (2 sources) · 1 disputing (1 source) · 1 giving context');
    expect(explosion).toContain('Blast and fire at the fuel depot.');
    const valve = doc.getElementById(`hl-${worked.highlights[4]}`);
    expect(Array.from(valve?.querySelectorAll('a[href^="#ev-"]') ?? []).map(text)).toEqual(['Harbour board meeting', 'Explosion at the Quay Seven fuel terminal']);
    expect(text(doc.querySelector('.cover .counts'))).toBe('4 sources 7 highlights 3 tags 2 events 2 actors');
  });

  it('draws nested and overlapping highlights well formed, each character in the colours of the highlights over it', () => {
    const worked = workedSample();
    open = worked.core;
    const { html, doc } = report(worked.core);
    const readings = html.split('<div class="reading">').slice(1).map((part) => part.slice(0, part.indexOf('</div>')));
    expect(readings).toHaveLength(4);
    for (const fragment of readings) assertBalanced(fragment);
    assertBalanced(html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>')));

    const text = readingText(worked.core, worked.herald);
    const drawn = coloursPerCharacter(doc.querySelector(`#src-${worked.herald} .reading`) as Element, text);
    const expected = new Map<number, string>();
    const herald = unwrap(worked.core.call('annotations.list', { sourceId: worked.herald })).rows;
    for (let i = 0; i < text.length; i += 1) {
      const colours = herald.filter((h) => (h.start ?? 0) <= i && i < (h.end ?? 0)).map((h) => h.color);
      if (colours.length > 0) expected.set(i, colours.sort().join('+'));
    }
    expect(drawn).toEqual(expected);
    // "people were killed" lies inside the toll, and "eleven injured" under both the toll and the pink one.
    expect([...new Set(expected.values())].sort()).toEqual(['blue+yellow', 'pink', 'pink+yellow', 'purple', 'yellow']);
    // One footnote number per highlight, linking to its entry.
    const refs = Array.from(doc.querySelectorAll(`#src-${worked.herald} a.hl-ref`)).map((a) => a.getAttribute('href'));
    expect(refs.sort()).toEqual(herald.map((h) => `#hl-${h.id}`).sort());
  });

  it('compares the event source by source and lists the death toll discrepancy with the verdict', () => {
    const worked = workedSample();
    open = worked.core;
    const { doc } = report(worked.core);
    const comparison = doc.getElementById(`cmp-${worked.event}`);
    const headings = Array.from(comparison?.querySelectorAll('table.columns thead th') ?? []).map((th) => text(th.querySelector('a')));
    const compared = unwrap(worked.core.call('compare.event', { eventId: worked.event }));
    expect(headings).toEqual(compared.columns.map((c) => c.source.title));
    const cells = Array.from(comparison?.querySelectorAll('table.columns tbody td') ?? []);
    compared.columns.forEach((column, index) => {
      expect(Array.from(cells[index]?.querySelectorAll('blockquote') ?? []).map(text)).toEqual(column.passages.map((p) => p.exact));
    });
    const rows = Array.from(comparison?.querySelectorAll('table.discrepancies tbody tr') ?? []);
    expect(rows.map((r) => text(r.querySelector('th')))).toEqual(compared.discrepancies.map((d) => `${d.label} ${d.kind}`));
    const deaths = rows.find((r) => text(r.querySelector('th')) === 'deaths count');
    expect(text(deaths?.querySelectorAll('td')[0])).toMatch(/Ostra Valley Herald: 3 “VELMORA — Three people were killed/u);
    expect(text(deaths?.querySelectorAll('td')[0])).toMatch(/Riverline News: at least 5 “At least five people died/u);
    expect(text(deaths?.querySelectorAll('td')[1])).toBe('resolved Trusting Riverline News The hospital list names five.');
    expect(rows.filter((r) => text(r.querySelectorAll('td')[1]) === 'open').length).toBe(rows.length - 1);
  });
});

describe('what a selection puts in the report', () => {
  it('an event brings its passages and their sources only, and links to nothing outside the file', () => {
    const worked = workedSample();
    open = worked.core;
    const { doc } = report(worked.core, { kind: 'event', eventId: worked.otherEvent });
    expect(doc.querySelectorAll('article.source')).toHaveLength(1);
    expect(doc.querySelectorAll('.hl-list > li')).toHaveLength(1);
    expect(text(doc.querySelector('.cover .meta'))).toContain('The event “Harbour board meeting”');
    // The valve passage is also linked to the explosion, which is not in this report: named, not linked.
    expect(text(doc.querySelector('.hl-list > li'))).toContain('Explosion at the Quay Seven fuel terminal');
    for (const a of Array.from(doc.querySelectorAll('a'))) {
      const target = a.getAttribute('href') ?? '';
      expect(target.startsWith('#')).toBe(true);
      expect(doc.getElementById(target.slice(1)), target).not.toBeNull();
    }
  });

  it('labels fuzzy and orphaned highlights and keeps their quotes', () => {
    const core = (open = workedSample().core);
    const article = [
      'Rockets hit the compound shortly after midnight.',
      '',
      'Officials said three people were hurt in the attack.',
      '',
      'The embassy will close within ninety days, a spokesman said.',
    ].join('\n');
    const id = importText(core, article, 'Revised account');
    const mark = (phrase: string) => {
      const start = readingText(core, id).indexOf(phrase);
      return unwrap(core.call('annotations.create', { sourceId: id, target: { start, end: start + phrase.length }, note: `on ${phrase}` })).id;
    };
    const fuzzy = mark('Officials said three people were hurt in the attack.');
    const orphan = mark('The embassy will close within ninety days');
    const withoutEmbassy = article.replace('The embassy will close within ninety days, a spokesman said.', 'A spokesman declined to comment on the embassy.');
    unwrap(core.call('sources.revise', { id, text: withoutEmbassy }));
    unwrap(core.call('sources.revise', { id, text: withoutEmbassy.replace('three people were hurt', 'three people were injured') }));
    const { doc } = report(core, { kind: 'sources', sourceIds: [id] });
    expect(text(doc.getElementById(`hl-${fuzzy}`)?.querySelector('.badge'))).toMatch(/^Needs review/u);
    expect(text(doc.getElementById(`hl-${fuzzy}`))).toContain('Before the change it read: Officials said three people were hurt in the attack.');
    expect(doc.getElementById(`at-${fuzzy}`)?.classList.contains('hl-fuzzy')).toBe(true);
    expect(text(doc.getElementById(`hl-${orphan}`)?.querySelector('.badge'))).toMatch(/^Orphaned/u);
    expect(text(doc.getElementById(`hl-${orphan}`)?.querySelector('blockquote'))).toBe('The embassy will close within ninety days');
    expect(doc.getElementById(`at-${orphan}`)).toBeNull();
  });
});

describe('hostile text in the report', () => {
  const payloads = [
    '<script>window.__pwned = 1</script>',
    '"><img src=x onerror="window.__pwned = 2">',
    '</style><script>window.__pwned = 3</script>',
    "' onmouseover='window.__pwned = 4",
    'javascript:window.__pwned = 5',
    'line\u2028separator\u2029paragraph',
    '</textarea></title><svg onload="window.__pwned = 6">',
    '<!-- --><base href="https://example.invalid/">',
  ];
  const all = payloads.join(' | ');

  it('comes out as text wherever it was typed or imported, with nothing that could run or load', () => {
    const core = (open = workedSample().core);
    const source = importText(core, `Report.\n\n${all}\n\nEnd of the report.`, all);
    const db = core.project.db;
    // An import can carry any URL and byline (the metadata patch refuses non-http URLs, extraction may not).
    db.prepare('UPDATE sources SET url = ?, author = ?, publisher = ? WHERE id = ?').run('javascript:window.__pwned=7', all, all, source);
    const text_ = readingText(core, source);
    const start = text_.indexOf('<script>');
    const tag = unwrap(core.call('tags.create', { name: payloads[0] ?? '', description: all }));
    const h = unwrap(core.call('annotations.create', { sourceId: source, target: { start, end: text_.indexOf('End of') }, note: all, tagIds: [tag.id] }));
    const event = unwrap(core.call('events.create', { title: payloads[1] ?? '', place: all, description: all, actorNames: [payloads[2] ?? ''] }));
    unwrap(core.call('events.link', { highlightId: h.id, eventId: event.id }));
    const { html, doc } = report(core, { kind: 'sources', sourceIds: [source] });

    expect(doc.querySelectorAll('script, img, svg, iframe, object, embed, base, form, textarea, link')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelectorAll('meta[http-equiv]')).toHaveLength(1);
    expect(doc.querySelector('meta[http-equiv]')?.getAttribute('content')).toBe(reportContentSecurityPolicy);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        if (attr.name === 'href') expect(attr.value.startsWith('#'), attr.value).toBe(true);
      }
    }
    expect(html).not.toMatch(/[\u2028\u2029]/u);
    expect(html.match(/<script/giu)).toBeNull();
    // Every payload reads back as the words it was.
    const article = doc.getElementById(`src-${source}`);
    expect(article?.querySelector('h3')?.textContent).toBe(all);
    expect(article?.querySelector('.url')?.textContent).toBe('javascript:window.__pwned=7');
    expect(article?.querySelector('.reading')?.textContent).toContain(readingText(core, source).slice(start, text_.indexOf('End of')).split('\n')[0]);
    for (const payload of payloads.slice(0, 5)) expect(article?.querySelector('.reading')?.textContent).toContain(payload);
    expect(doc.getElementById(`hl-${h.id}`)?.querySelector('.note')?.textContent).toBe(`Note: ${all}`);
    expect(doc.querySelector('#codebook .tag')?.textContent).toBe(payloads[0]);
    expect(doc.querySelector('#timeline h3')?.textContent).toBe(payloads[1]);
    expect(doc.querySelector('#timeline .event-facts')?.textContent).toContain(`Actors: ${payloads[2]}`);
    expect(doc.title).toBe('Velmora: Sourcebench report');
  });
});

describe('report.export', () => {
  it('stages the report and names it after the project', () => {
    const worked = workedSample();
    const core = (open = worked.core);
    const exported = unwrap(core.call('report.export', { selection: { kind: 'tag', tagId: worked.tags.child } }));
    expect(exported.file).toMatch(/^[0-9a-f-]+\.html$/u);
    expect(exported.suggestedName).toBe('p-report.html');
    const written = readFileSync(stagedPath(core.project, exported.file));
    expect(written.length).toBe(exported.bytes);
    const doc = parse(written.toString('utf8'));
    expect(doc.querySelectorAll('.hl-list > li')).toHaveLength(3);
    expect(doc.querySelectorAll('#codebook .tag')).toHaveLength(2);
    expect(text(doc.querySelector('.cover .meta'))).toContain('The passages tagged “Death toll”');
    expect(core.call('report.export', { selection: { kind: 'event', eventId: 'nope' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.project.db.prepare("SELECT count(*) AS n FROM temp.sqlite_master WHERE name LIKE 'selected_%'").get()).toEqual({ n: 0 });
  });
});
