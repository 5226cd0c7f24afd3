import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { freshCore, readingText, unwrap } from '../core-harness.ts';
import { buildSampleProject, highlightsOf, readStaged, stageBytes, tableCounts } from './sample-project.ts';

const xsd = readFileSync(new URL('../../fixtures/refi-qda/Project.xsd', import.meta.url), 'utf8');

async function validate(qde: string) {
  return validateXML({ xml: [{ fileName: 'project.qde', contents: qde }], schema: [{ fileName: 'Project.xsd', contents: xsd }] });
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['Code', 'TextSource', 'PlainTextSelection', 'Coding', 'Note', 'Case', 'SelectionRef', 'NoteRef'].includes(name) });

interface Code { guid: string; name: string; color: string; Code?: Code[] }

function exportSample() {
  const sample = buildSampleProject();
  const result = unwrap(sample.core.call('interchange.export', { format: 'qdpx' }));
  const zipBytes = readStaged(sample.core, result.file);
  const files = unzipSync(zipBytes);
  const qde = strFromU8(files['project.qde'] ?? new Uint8Array());
  return { sample, result, zipBytes, files, qde };
}

describe('REFI-QDA export', () => {
  it('writes a project.qde valid against the REFI-QDA Project.xsd', async () => {
    const { qde } = exportSample();
    const validation = await validate(qde);
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
    // The check can fail: the same document without a required attribute is refused.
    const broken = await validate(qde.replace(/ isCodable="true"/, ''));
    expect(broken.valid).toBe(false);
  });

  it('carries the codebook with hierarchy and colors, every source text, every highlight with its codes and note, and events as cases', () => {
    const { sample, result, files, qde } = exportSample();
    const { core } = sample;
    const project = parser.parse(qde).Project;
    const codes = project.CodeBook.Codes.Code as Code[];
    expect(codes.map((c) => c.name).sort()).toEqual(['Casualties', 'Cause & "origin"']);
    const casualties = codes.find((c) => c.name === 'Casualties');
    expect(casualties?.guid).toBe(sample.tags.casualties);
    expect(casualties?.color).toBe('#E53935');
    expect(casualties?.Code?.map((c) => [c.guid, c.name, c.color])).toEqual([[sample.tags.deaths, 'Deaths', '#8E24AA']]);

    const sources = project.Sources.TextSource as { guid: string; name: string; plainTextPath: string; PlainTextSelection?: { guid: string; startPosition: string; endPosition: string; Coding?: { CodeRef: { targetGUID: string } }[]; NoteRef?: { targetGUID: string }[] }[] }[];
    expect(sources.map((s) => s.guid).sort()).toEqual([...sample.sourceIds].sort());
    const notes = new Map((project.Notes.Note as { guid: string; PlainTextContent: string }[]).map((n) => [n.guid, n.PlainTextContent]));
    let selections = 0;
    for (const source of sources) {
      const text = readingText(core, source.guid);
      expect(strFromU8(files[`sources/${source.guid}.txt`] ?? new Uint8Array())).toBe(text);
      expect(source.plainTextPath).toBe(`internal://${source.guid}.txt`);
      const chars = Array.from(text);
      for (const selection of source.PlainTextSelection ?? []) {
        selections += 1;
        const h = sample.highlights.find((x) => x.id === selection.guid);
        if (h === undefined) throw new Error(`unknown selection ${selection.guid}`);
        expect(chars.slice(Number(selection.startPosition), Number(selection.endPosition)).join('')).toBe(h.exact);
        const tagIds = (selection.Coding ?? []).map((c) => c.CodeRef.targetGUID);
        expect(tagIds.length).toBe(h.tagNames.length);
        expect((selection.NoteRef ?? []).map((r) => notes.get(r.targetGUID))).toEqual(h.note === '' ? [] : [h.note]);
      }
    }
    expect(selections).toBe(sample.highlights.length);
    const cases = project.Cases.Case as { guid: string; SelectionRef: { targetGUID: string }[] }[];
    expect(cases.map((c) => [c.guid, c.SelectionRef.map((r) => r.targetGUID).sort()]).sort()).toEqual(
      [sample.events.explosion, sample.events.inquiry].map((e) => [e, sample.links.filter((l) => l.eventId === e).map((l) => l.highlightId).sort()]).sort(),
    );
    expect(result.counts.records).toMatchObject({
      codes: 3,
      sources: sample.sourceIds.length,
      selections: sample.highlights.length,
      codings: sample.highlights.reduce((n, h) => n + h.tagNames.length, 0),
      notes: sample.highlights.filter((h) => h.note !== '').length,
      cases: 2,
      orphanedLeftOut: 0,
    });
  });
});

describe('REFI-QDA import', () => {
  it('re-imports our own export into an empty project: the same sources, codes with hierarchy, and codings', () => {
    const { sample, zipBytes } = exportSample();
    const other = freshCore();
    const summary = unwrap(other.call('interchange.import', { file: stageBytes(other, zipBytes, 'qdpx'), format: 'qdpx' }));
    expect(summary.imported).toMatchObject({ sources: sample.sourceIds.length, highlights: sample.highlights.length, tags: 3, fuzzy: 0 });
    expect(summary.skipped.items).toEqual([
      { item: 'Case "Depot explosion"', reason: 'cases are not imported' },
      { item: 'Case "Inquiry <opens>"', reason: 'cases are not imported' },
    ]);
    const tags = unwrap(other.call('tags.list', {}));
    const deaths = tags.find((t) => t.name === 'Deaths');
    expect(tags.find((t) => t.id === deaths?.parentId)?.name).toBe('Casualties');
    expect(deaths?.color).toBe('purple');
    const shape = (rows: ReturnType<typeof highlightsOf>) => rows.map((r) => ({ exact: r.exact, note: r.note, tags: r.tags, status: r.status })).sort((a, b) => a.exact.localeCompare(b.exact));
    expect(shape(highlightsOf(other))).toEqual(shape(highlightsOf(sample.core)));
    // The reading texts came back the same, so the passages sit at the same offsets.
    const offsets = (core: typeof other) => highlightsOf(core).map((r) => `${r.exact}@${r.start}-${r.end}`).sort();
    expect(offsets(other)).toEqual(offsets(sample.core));
  });

  it('importing the same file twice adds nothing and says what was already there', () => {
    const { zipBytes } = exportSample();
    const other = freshCore();
    unwrap(other.call('interchange.import', { file: stageBytes(other, zipBytes, 'qdpx'), format: 'qdpx' }));
    const counts = tableCounts(other);
    const again = unwrap(other.call('interchange.import', { file: stageBytes(other, zipBytes, 'qdpx'), format: 'qdpx' }));
    expect(again.imported).toMatchObject({ sources: 0, highlights: 0, tags: 0 });
    expect(again.alreadyPresent.highlights).toBeGreaterThan(0);
    expect(tableCounts(other)).toEqual(counts);
  });

  it('reads another tool\'s project: inline text with astral characters, nested codes, notes; skips PDF, audio and whole-source codings with reasons', () => {
    const text = 'Intro 😀 line.\r\nThe 𝔘-boat sank at noon, said the captain.';
    const chars = Array.from(text);
    const at = (fragment: string) => Array.from(text.slice(0, text.indexOf(fragment))).length;
    const g = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other tool" origin="SomeQDA 1.0">
 <CodeBook><Codes>
  <Code guid="${g(1)}" name="Maritime" isCodable="true" color="#00897B"><Code guid="${g(2)}" name="Sinking" isCodable="true" color="#e53935"/></Code>
  <Code guid="${g(3)}" name="Loop" isCodable="true"><Code guid="${g(3)}" name="Loop again" isCodable="true"/></Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="${g(10)}" name="Captain's log">
   <PlainTextContent>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\r/g, '&#13;')}</PlainTextContent>
   <PlainTextSelection guid="${g(11)}" startPosition="${at('𝔘-boat sank')}" endPosition="${at('𝔘-boat sank') + Array.from('𝔘-boat sank').length}">
    <Description>The sinking &amp; its time</Description>
    <Coding guid="${g(12)}"><CodeRef targetGUID="${g(2)}"/></Coding>
    <Coding guid="${g(13)}"><CodeRef targetGUID="${g(99)}"/></Coding>
    <NoteRef targetGUID="${g(20)}"/>
   </PlainTextSelection>
   <PlainTextSelection guid="${g(14)}" startPosition="5" endPosition="${chars.length + 10}"/>
   <Coding guid="${g(15)}"><CodeRef targetGUID="${g(1)}"/></Coding>
  </TextSource>
  <PDFSource guid="${g(30)}" name="Scan" path="internal://scan.pdf"/>
  <AudioSource guid="${g(31)}" name="Interview" path="internal://a.mp3"/>
  <TextSource guid="${g(32)}" name="Elsewhere" plainTextPath="absolute:///home/u/x.txt"/>
 </Sources>
 <Notes><Note guid="${g(20)}" name="memo"><PlainTextContent>Check the 🚢 registry</PlainTextContent></Note></Notes>
</Project>`;
    const zip = zipSync({ 'project.qde': strToU8(qde) });
    const core = freshCore();
    const summary = unwrap(core.call('interchange.import', { file: stageBytes(core, zip, 'qdpx'), format: 'qdpx' }));
    expect(summary.imported).toMatchObject({ sources: 1, highlights: 1, notes: 1, tags: 3 });
    expect(summary.skipped.items.map((s) => `${s.item}: ${s.reason}`)).toEqual([
      'Code "Loop again": the same code appears twice in the codebook',
      'PDFSource "Scan": it is a PDF; Sourcebench imports text sources only',
      'AudioSource "Interview": it is an audio recording; Sourcebench imports text sources only',
      'Coding 00000000-0000-4000-8000-000000000015: it codes a whole source, not a passage',
      'Coding 00000000-0000-4000-8000-000000000013: it refers to a code that is not in the codebook',
      `PlainTextSelection 00000000-0000-4000-8000-000000000014: its positions 5..${chars.length + 10} are not a passage of the source's text`,
      'TextSource "Elsewhere": its text is in a file outside the .qdpx (absolute:///home/u/x.txt)',
    ]);
    const [source] = unwrap(core.call('sources.list', {})).rows;
    const [h] = unwrap(core.call('annotations.list', { sourceId: source?.id ?? '' })).rows;
    expect(h?.exact).toBe('𝔘-boat sank');
    expect(readingText(core, source?.id ?? '').slice(h?.start ?? 0, h?.end ?? 0)).toBe('𝔘-boat sank');
    expect(h?.note).toBe('The sinking & its time\n\nCheck the 🚢 registry');
    expect(h?.tags.map((t) => t.name)).toEqual(['Sinking']);
    const tags = unwrap(core.call('tags.list', {}));
    expect(tags.find((t) => t.name === 'Sinking')?.parentId).toBe(tags.find((t) => t.name === 'Maritime')?.id);
    expect(tags.find((t) => t.name === 'Maritime')?.color).toBe('teal');
  });
});

describe('REFI-QDA import of hostile files', () => {
  function attempt(zip: Uint8Array) {
    const core = freshCore();
    const before = tableCounts(core);
    const result = core.call('interchange.import', { file: stageBytes(core, zip, 'qdpx'), format: 'qdpx' });
    expect(tableCounts(core)).toEqual(before);
    return result.ok ? '' : result.error.message;
  }
  const minimal = '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="00000000-0000-4000-8000-000000000001" name="t"><PlainTextContent>hello world</PlainTextContent></TextSource></Sources></Project>';

  it('refuses a billion-laughs project.qde without expanding anything', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE Project [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n ')}
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>`;
    expect(attempt(zipSync({ 'project.qde': strToU8(laughs) }))).toMatch(/DOCTYPE or entities/);
  });

  it('refuses entries that step outside the archive, and archives that are not zips or lack project.qde', () => {
    expect(attempt(zipSync({ 'project.qde': strToU8(minimal), '../evil.txt': strToU8('x') }))).toMatch(/"\.\.\/evil\.txt" that steps out of the archive/);
    expect(attempt(zipSync({ 'project.qde': strToU8(minimal), '/etc/passwd': strToU8('x') }))).toMatch(/is an absolute path/);
    expect(attempt(zipSync({ 'project.qde': strToU8(minimal), 'C:/x.txt': strToU8('x') }))).toMatch(/is an absolute path/);
    expect(attempt(strToU8('not a zip at all'))).toMatch(/not a readable zip/);
    expect(attempt(zipSync({ 'other.xml': strToU8(minimal) }))).toMatch(/no project\.qde/);
    expect(attempt(zipSync({ 'project.qde': strToU8('<Project name="x"><Sources>') }))).toMatch(/not well-formed XML/);
    expect(attempt(zipSync({ 'project.qde': strToU8('<Other/>') }))).toMatch(/no <Project> element/);
    expect(attempt(zipSync({ 'project.qde': new Uint8Array([0x3c, 0xff, 0xfe]) }))).toMatch(/not UTF-8/);
  });

  it('refuses a zip bomb by the sizes it declares, before inflating it', () => {
    const bomb = zipSync({ 'project.qde': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(attempt(bomb)).toMatch(/project\.qde inside the \.qdpx is larger than 50 MB/);
  });

  it('refuses a codebook nested absurdly deep', () => {
    const depth = 150;
    const open = Array.from({ length: depth }, (_, i) => `<Code guid="00000000-0000-4000-8000-${String(i).padStart(12, '0')}" name="c${i}" isCodable="true">`).join('');
    const qde = `<Project name="x"><CodeBook><Codes>${open}${'</Code>'.repeat(depth)}</Codes></CodeBook></Project>`;
    expect(attempt(zipSync({ 'project.qde': strToU8(qde) }))).toMatch(/not well-formed XML \(Maximum nested tags exceeded\)/);
  });
});
