// REFI-QDA project exchange (.qdpx): a zip with project.qde (QDA-XML 1.0,
// urn:QDA-XML:project:1.0) and each source's reading text under sources/.
// Tags become the codebook (hierarchy and colors), highlights become
// PlainTextSelections with their codings and notes, and each event becomes a
// Case whose SelectionRefs are its linked passages. Positions count code points.

import { strToU8, zipSync } from 'fflate';
import { newId } from '../../project/ids.ts';
import { offsetConverter } from './code-points.ts';
import type { ExportEvent, ExportHighlight, ExportTag, SelectedRows } from './read-selection.ts';
import { tagColorRgb } from './tag-colors.ts';
import { xmlAttribute as attr, xmlText as text } from './xml-text.ts';

export const qdaNamespace = 'urn:QDA-XML:project:1.0';

export interface QdpxExport {
  zip: Uint8Array;
  qde: string;
  counts: { codes: number; sources: number; selections: number; codings: number; notes: number; cases: number; orphanedLeftOut: number };
}

export function exportQdpx(rows: SelectedRows, projectName: string, now: string): QdpxExport {
  const counts = { codes: rows.tags.length, sources: rows.sources.length, selections: 0, codings: 0, notes: 0, cases: 0, orphanedLeftOut: 0 };
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  out.push(`<Project xmlns="${qdaNamespace}" name="${attr(projectName)}" origin="Sourcebench" creationDateTime="${now}">`);
  if (rows.tags.length > 0) out.push('<CodeBook><Codes>', ...codes(rows.tags, null), '</Codes></CodeBook>');

  const exportable = rows.highlights.filter((h) => h.start !== null && h.end !== null);
  counts.orphanedLeftOut = rows.highlights.length - exportable.length;
  const exportedIds = new Set(exportable.map((h) => h.id));
  const cases = rows.events.filter((e) => rows.links.some((l) => l.eventId === e.id && exportedIds.has(l.highlightId)));
  if (cases.length > 0) {
    out.push('<Cases>');
    for (const event of cases) {
      out.push(`<Case guid="${event.id}" name="${attr(event.title)}">`, `<Description>${text(describeEvent(event))}</Description>`);
      for (const link of rows.links) if (link.eventId === event.id && exportedIds.has(link.highlightId)) out.push(`<SelectionRef targetGUID="${link.highlightId}"/>`);
      out.push('</Case>');
    }
    out.push('</Cases>');
    counts.cases = cases.length;
  }

  const notes: { guid: string; highlight: ExportHighlight }[] = [];
  const files: Record<string, Uint8Array> = {};
  if (rows.sources.length > 0) {
    out.push('<Sources>');
    const bySource = groupBy(exportable, (h) => h.sourceId);
    for (const source of rows.sources) {
      const fileName = `${source.id}.txt`;
      files[`sources/${fileName}`] = strToU8(source.text);
      out.push(`<TextSource guid="${source.id}" name="${attr(source.title)}" plainTextPath="internal://${fileName}" creationDateTime="${source.importedAt}">`);
      const description = [source.author, source.publisher, source.publishedAt, source.url].filter((v): v is string => v !== null && v !== '').join(' · ');
      if (description !== '') out.push(`<Description>${text(description)}</Description>`);
      const convert = offsetConverter(source.text);
      for (const h of bySource.get(source.id) ?? []) {
        counts.selections += 1;
        out.push(
          `<PlainTextSelection guid="${h.id}" name="${attr(shorten(h.exact))}" startPosition="${convert.toCodePoints(h.start ?? 0)}" endPosition="${convert.toCodePoints(h.end ?? 0)}" creationDateTime="${h.createdAt}" modifiedDateTime="${h.updatedAt}">`,
        );
        for (const tagId of h.tagIds) {
          out.push(`<Coding guid="${newId()}" creationDateTime="${h.createdAt}"><CodeRef targetGUID="${tagId}"/></Coding>`);
          counts.codings += 1;
        }
        if (h.note !== '') {
          const guid = newId();
          notes.push({ guid, highlight: h });
          out.push(`<NoteRef targetGUID="${guid}"/>`);
        }
        out.push('</PlainTextSelection>');
      }
      out.push('</TextSource>');
    }
    out.push('</Sources>');
  }
  if (notes.length > 0) {
    out.push('<Notes>');
    for (const { guid, highlight } of notes) {
      out.push(
        `<Note guid="${guid}" name="${attr(`Note on “${shorten(highlight.exact)}”`)}" creationDateTime="${highlight.createdAt}" modifiedDateTime="${highlight.updatedAt}">`,
        `<PlainTextContent>${text(highlight.note)}</PlainTextContent>`,
        '</Note>',
      );
    }
    out.push('</Notes>');
    counts.notes = notes.length;
  }
  out.push('</Project>');
  const qde = out.join('\n');
  const zip = zipSync({ 'project.qde': strToU8(qde), ...files }, { level: 6 });
  return { zip, qde, counts };
}

function codes(tags: readonly ExportTag[], parentId: string | null): string[] {
  const lines: string[] = [];
  for (const tag of tags) {
    if (tag.parentId !== parentId && !(parentId === null && !tags.some((t) => t.id === tag.parentId))) continue;
    lines.push(`<Code guid="${tag.id}" name="${attr(tag.name)}" isCodable="true" color="${tagColorRgb(tag.color)}">`);
    if (tag.description !== '') lines.push(`<Description>${text(tag.description)}</Description>`);
    lines.push(...codes(tags, tag.id), '</Code>');
  }
  return lines;
}

function describeEvent(event: ExportEvent): string {
  const date = event.dateStart === null ? 'date unknown' : `${event.dateStart}${event.dateEnd !== null ? ` to ${event.dateEnd}` : ''} (${event.precision})`;
  return [date, event.place, event.description].filter((v) => v !== '').join('\n');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [item]);
    else list.push(item);
  }
  return groups;
}

function shorten(value: string): string {
  const oneLine = value.replace(/\s+/gu, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
