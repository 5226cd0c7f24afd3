// W3C Web Annotation export: one AnnotationCollection (JSON-LD) holding an
// annotation per highlight (quote and position selectors, the note as a
// commenting body, each tag as a tagging body) and a linking annotation per
// passage-event link. Positions are converted to code points, as the model counts.

import { offsetConverter } from './code-points.ts';
import type { SelectedRows } from './read-selection.ts';
import { sourceIri } from './source-iri.ts';

export const annoContext = 'http://www.w3.org/ns/anno.jsonld';

export interface W3cExport {
  json: string;
  counts: { annotations: number; links: number; orphanedWithoutPosition: number };
}

export function exportW3c(rows: SelectedRows, label: string, collectionId: string, now: string): W3cExport {
  const sourcesById = new Map(rows.sources.map((s) => [s.id, s]));
  const tagsById = new Map(rows.tags.map((t) => [t.id, t]));
  const converters = new Map<string, ReturnType<typeof offsetConverter>>();
  const items: unknown[] = [];
  let orphanedWithoutPosition = 0;
  for (const h of rows.highlights) {
    const source = sourcesById.get(h.sourceId);
    if (source === undefined) continue;
    let convert = converters.get(source.id);
    if (convert === undefined) {
      convert = offsetConverter(source.text);
      converters.set(source.id, convert);
    }
    const selector: unknown[] = [{ type: 'TextQuoteSelector', exact: h.exact, prefix: h.prefix, suffix: h.suffix }];
    // An orphaned passage has no place in the current text: the quote alone travels.
    if (h.start !== null && h.end !== null) {
      selector.push({ type: 'TextPositionSelector', start: convert.toCodePoints(h.start), end: convert.toCodePoints(h.end) });
    } else {
      orphanedWithoutPosition += 1;
    }
    const body: unknown[] = [];
    if (h.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: h.note, format: 'text/plain' });
    for (const tagId of h.tagIds) {
      const tag = tagsById.get(tagId);
      if (tag !== undefined) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag.name, id: `urn:uuid:${tag.id}` });
    }
    items.push({
      id: `urn:uuid:${h.id}`,
      type: 'Annotation',
      motivation: h.note !== '' ? 'commenting' : 'highlighting',
      created: h.createdAt,
      modified: h.updatedAt,
      ...(body.length > 0 ? { body } : {}),
      target: { type: 'SpecificResource', source: sourceIri(source), selector },
    });
  }
  const eventsById = new Map(rows.events.map((e) => [e.id, e]));
  let links = 0;
  for (const link of rows.links) {
    const event = eventsById.get(link.eventId);
    if (event === undefined) continue;
    items.push({
      id: `urn:uuid:${link.id}`,
      type: 'Annotation',
      motivation: 'linking',
      body: [
        { id: `urn:uuid:${event.id}`, label: event.title },
        { type: 'TextualBody', purpose: 'classifying', value: link.stance },
      ],
      target: `urn:uuid:${link.highlightId}`,
    });
    links += 1;
  }
  const collection = {
    '@context': annoContext,
    id: `urn:uuid:${collectionId}`,
    type: 'AnnotationCollection',
    label,
    generator: { type: 'Software', name: 'Sourcebench' },
    generated: now,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return { json: `${JSON.stringify(collection, null, 2)}\n`, counts: { annotations: items.length - links, links, orphanedWithoutPosition } };
}
