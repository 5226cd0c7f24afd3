// Importing W3C Web Annotations (JSON-LD: a collection, a page, a list or one
// annotation) and Hypothesis exports (its API rows: uri, text, tags, target).
// Each annotation's target is matched to a project source by URL or by
// urn:uuid, anchored through the anchoring engine, and given its commenting
// bodies as the note and its tagging bodies as tags. Linking annotations tie
// the new passages to events already in the project.

import type Database from 'better-sqlite3';
import { AppError } from '../../api/errors.ts';
import { currentText } from '../../annotations/source-text.ts';
import { stances, type Stance } from '../../events/event-types.ts';
import { linkHighlight } from '../../events/event-links.ts';
import { offsetConverter } from './code-points.ts';
import { emptySummary, skip, type ImportSummary } from './import-summary.ts';
import { placePassages, type IncomingPassage } from './place-passage.ts';
import { comparableUrl, uuidOfUrn } from './source-iri.ts';

export const MAX_W3C_BYTES = 50 * 1024 * 1024;
export const MAX_ANNOTATIONS = 100_000;
const maxPages = 10_000;

type Json = Record<string, unknown>;

export function importW3c(db: Database.Database, bytes: Uint8Array): ImportSummary {
  if (bytes.length > MAX_W3C_BYTES) {
    throw new AppError('invalid_input', `The annotation file is ${mb(bytes.length)}; Sourcebench imports up to ${mb(MAX_W3C_BYTES)}.`);
  }
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AppError('invalid_input', 'The annotation file is not valid JSON (UTF-8).');
  }
  const annotations = annotationsIn(document);
  if (annotations.length > MAX_ANNOTATIONS) {
    throw new AppError('invalid_input', `The file holds ${annotations.length.toLocaleString('en')} annotations; Sourcebench imports up to ${MAX_ANNOTATIONS.toLocaleString('en')} at a time.`);
  }
  const summary = emptySummary('w3c');
  const tagsBefore = countTags(db);
  const sources = sourceFinder(db);
  const texts: SourceTexts = new Map();
  const placedIds = new Map<string, string>();
  const linking: { annotation: Json; label: string }[] = [];
  // Read every annotation first, then place them source by source; outcomes are reported in file order.
  const outcomes: ({ skip: string } | { passage: IncomingPassage; hasNote: boolean })[] = [];
  const labels: string[] = [];

  annotations.forEach((value, index) => {
    const label = typeof (value as Json | null)?.['id'] === 'string' ? String((value as Json)['id']) : `annotation #${index + 1}`;
    if (isObject(value) && strings(value['motivation']).includes('linking')) {
      linking.push({ annotation: value, label });
      return;
    }
    labels.push(label);
    outcomes.push(readPassage(db, value, sources, texts));
  });
  const pending = outcomes.flatMap((o) => ('passage' in o ? [o.passage] : []));
  const placements = new Map(placePassages(db, pending).map((placement, i) => [pending[i], placement]));
  outcomes.forEach((outcome, i) => {
    const label = labels[i] ?? '';
    if ('skip' in outcome) return skip(summary, label, outcome.skip);
    const placement = placements.get(outcome.passage);
    if (placement === undefined) return;
    if (!placement.placed) {
      if (placement.existingHighlightId !== undefined) {
        summary.alreadyPresent.highlights += 1;
        placedIds.set(label, placement.existingHighlightId);
        return;
      }
      return skip(summary, label, placement.reason);
    }
    placedIds.set(label, placement.highlightId);
    summary.imported.highlights += 1;
    if (placement.status === 'fuzzy') summary.imported.fuzzy += 1;
    if (outcome.hasNote) summary.imported.notes += 1;
  });

  for (const { annotation, label } of linking) {
    const problem = importLink(db, annotation, placedIds);
    if (problem === null) summary.imported.links += 1;
    else skip(summary, label, problem);
  }
  summary.imported.tags = countTags(db) - tagsBefore;
  return summary;
}

type SourceTexts = Map<string, { text: string; convert: ReturnType<typeof offsetConverter> }>;

/** One annotation as a passage to place, or the reason it cannot be one. */
function readPassage(db: Database.Database, value: unknown, sources: SourceFinder, texts: SourceTexts): { skip: string } | { passage: IncomingPassage; hasNote: boolean } {
  if (!isObject(value)) return { skip: 'it is not an annotation object' };
  const target = findTarget(value, sources);
  if ('reason' in target) return { skip: target.reason };
  let source = texts.get(target.sourceId);
  if (source === undefined) {
    const { text } = currentText(db, target.sourceId);
    source = { text, convert: offsetConverter(text) };
    texts.set(target.sourceId, source);
  }
  const { quote, position } = readSelectors(target.selectors);
  let utf16Position: { start: number; end: number } | null = null;
  if (position !== null && position.end <= position.start) {
    if (quote === null) return { skip: `its position ${position.start}..${position.end} is empty` };
  } else if (position !== null) {
    const start = source.convert.toUtf16(position.start);
    const end = source.convert.toUtf16(position.end);
    if (start !== null && end !== null) utf16Position = { start, end };
    else if (quote === null) return { skip: `its position ${position.start}..${position.end} is outside the source's text` };
  }
  const bodies = readBodies(value);
  const known = bodies.tagIds.filter((id) => tagExists(db, id));
  const passage: IncomingPassage = {
    sourceId: target.sourceId,
    text: source.text,
    quote,
    position: utf16Position,
    note: bodies.comments.join('\n\n'),
    tagIds: known,
    tagNames: [...bodies.tagNames, ...bodies.tagIds.filter((id) => !known.includes(id)).map((id) => bodies.tagNameOfId.get(id) ?? '')],
  };
  return { passage, hasNote: bodies.comments.length > 0 };
}

/** The annotations of any shape this importer understands, in file order. */
function annotationsIn(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (!isObject(document)) throw notAnnotations();
  if (hasType(document, 'AnnotationCollection')) {
    const first = document['first'];
    if (first === undefined) return [];
    if (!isObject(first)) throw new AppError('unsupported', 'The collection\'s pages are stored elsewhere ("first" is a link); Sourcebench reads only annotations inside the file.');
    const items: unknown[] = [];
    let page: unknown = first;
    for (let n = 0; isObject(page) && n < maxPages; n += 1) {
      items.push(...pageItems(page));
      if (items.length > MAX_ANNOTATIONS) break;
      page = page['next'];
    }
    return items;
  }
  if (hasType(document, 'AnnotationPage')) return pageItems(document);
  // Hypothesis: its API's search results ("rows") and the client's "Export annotations" file ("annotations").
  if (Array.isArray(document['rows'])) return document['rows'];
  if (Array.isArray(document['annotations'])) return document['annotations'];
  if (hasType(document, 'Annotation') || 'target' in document) return [document];
  throw notAnnotations();
}

function pageItems(page: Json): unknown[] {
  const items = page['items'];
  if (items === undefined) return [];
  if (!Array.isArray(items)) throw new AppError('invalid_input', 'An annotation page\'s "items" is not a list.');
  return items;
}

function notAnnotations(): AppError {
  return new AppError('invalid_input', 'The file is neither W3C Web Annotations (an annotation, a page, a collection or a list) nor a Hypothesis export.');
}

interface SourceFinder {
  byIri(iri: string): string | null;
}

function sourceFinder(db: Database.Database): SourceFinder {
  const byUrl = new Map<string, string>();
  for (const row of db.prepare('SELECT id, url FROM sources WHERE url IS NOT NULL ORDER BY created_at, id').all() as { id: string; url: string }[]) {
    const key = comparableUrl(row.url);
    if (!byUrl.has(key)) byUrl.set(key, row.id);
  }
  const exists = db.prepare('SELECT id FROM sources WHERE id = ?');
  return {
    byIri(iri) {
      const uuid = uuidOfUrn(iri);
      if (uuid !== null) return (exists.get(uuid) as { id: string } | undefined)?.id ?? null;
      return byUrl.get(comparableUrl(iri)) ?? null;
    },
  };
}

function findTarget(annotation: Json, sources: SourceFinder): { sourceId: string; selectors: unknown[] } | { reason: string } {
  const targets = asList(annotation['target']);
  if (targets.length === 0 && typeof annotation['uri'] === 'string') targets.push(annotation['uri']);
  if (targets.length === 0) return { reason: 'it has no target' };
  const named: string[] = [];
  for (const target of targets) {
    const iri = targetIri(target) ?? (typeof annotation['uri'] === 'string' ? annotation['uri'] : null);
    if (iri === null) continue;
    named.push(iri);
    const sourceId = sources.byIri(iri);
    if (sourceId === null) continue;
    const selectors = isObject(target) ? asList(target['selector']) : [];
    if (selectors.length === 0) return { reason: 'its target names a whole source, not a passage (no selector)' };
    return { sourceId, selectors };
  }
  if (named.length === 0) return { reason: 'its target does not name a source' };
  return { reason: `no source in this project has the address ${shorten(named[0] ?? '')}` };
}

function targetIri(target: unknown): string | null {
  if (typeof target === 'string') return target;
  if (!isObject(target)) return null;
  const source = target['source'];
  if (typeof source === 'string') return source;
  if (isObject(source) && typeof source['id'] === 'string') return source['id'];
  return typeof target['id'] === 'string' && !hasType(target, 'SpecificResource') ? target['id'] : null;
}

function readSelectors(selectors: unknown[]): {
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
} {
  let quote: { exact: string; prefix: string; suffix: string } | null = null;
  let position: { start: number; end: number } | null = null;
  for (const selector of selectors) {
    if (!isObject(selector)) continue;
    if (quote === null && hasType(selector, 'TextQuoteSelector') && typeof selector['exact'] === 'string') {
      quote = { exact: selector['exact'], prefix: optionalString(selector['prefix']), suffix: optionalString(selector['suffix']) };
    }
    if (position === null && hasType(selector, 'TextPositionSelector')) {
      const { start, end } = selector;
      if (Number.isSafeInteger(start) && Number.isSafeInteger(end)) position = { start: start as number, end: end as number };
    }
  }
  return { quote, position };
}

interface Bodies {
  comments: string[];
  tagNames: string[];
  /** Tagging bodies naming a tag of ours by urn:uuid (our own exports do). */
  tagIds: string[];
  tagNameOfId: Map<string, string>;
}

function readBodies(annotation: Json): Bodies {
  const bodies: Bodies = { comments: [], tagNames: [], tagIds: [], tagNameOfId: new Map() };
  const motivations = strings(annotation['motivation']);
  for (const body of asList(annotation['body'])) {
    if (!isObject(body) || typeof body['value'] !== 'string') continue;
    const purposes = strings(body['purpose']);
    const value = body['value'];
    if (purposes.includes('tagging') || (purposes.length === 0 && motivations.includes('tagging'))) {
      const id = typeof body['id'] === 'string' ? uuidOfUrn(body['id']) : null;
      if (id !== null) {
        bodies.tagIds.push(id);
        bodies.tagNameOfId.set(id, value);
      } else bodies.tagNames.push(value);
    } else if (!purposes.some((p) => p === 'classifying' || p === 'linking' || p === 'identifying')) {
      if (value.trim() !== '') bodies.comments.push(value);
    }
  }
  if (typeof annotation['bodyValue'] === 'string' && annotation['bodyValue'].trim() !== '') bodies.comments.push(annotation['bodyValue']);
  // Hypothesis keeps the note and the tags outside the W3C body.
  if (typeof annotation['text'] === 'string' && annotation['text'].trim() !== '') bodies.comments.push(annotation['text']);
  if (Array.isArray(annotation['tags'])) bodies.tagNames.push(...annotation['tags'].filter((t): t is string => typeof t === 'string'));
  return bodies;
}

function importLink(db: Database.Database, annotation: Json, placedIds: ReadonlyMap<string, string>): string | null {
  const bodies = asList(annotation['body']);
  const eventIds = bodies.map((b) => (isObject(b) && typeof b['id'] === 'string' ? uuidOfUrn(b['id']) : typeof b === 'string' ? uuidOfUrn(b) : null));
  const eventId = eventIds.find((id) => id !== null && db.prepare('SELECT 1 FROM events WHERE id = ?').get(id) !== undefined);
  if (eventId === undefined || eventId === null) return 'it links to an event that is not in this project';
  const target = asList(annotation['target'])[0];
  const targetId = typeof target === 'string' ? target : isObject(target) && typeof target['id'] === 'string' ? target['id'] : null;
  if (targetId === null) return 'its target does not name a passage';
  const ownId = uuidOfUrn(targetId);
  const highlightId =
    placedIds.get(targetId) ?? (ownId !== null && db.prepare('SELECT 1 FROM highlights WHERE id = ?').get(ownId) !== undefined ? ownId : undefined);
  if (highlightId === undefined) return 'the passage it links was not imported';
  const stanceBody = bodies.find((b) => isObject(b) && strings(b['purpose']).includes('classifying'));
  const stanceValue = isObject(stanceBody) ? stanceBody['value'] : undefined;
  const stance: Stance = stances.includes(stanceValue as Stance) ? (stanceValue as Stance) : 'reports';
  linkHighlight(db, highlightId, eventId, stance);
  return null;
}

function tagExists(db: Database.Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM tags WHERE id = ?').get(id) !== undefined;
}

function countTags(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM tags').get() as { n: number }).n;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? [...value] : [value];
}

function strings(value: unknown): string[] {
  return asList(value).filter((v): v is string => typeof v === 'string').map((v) => v.replace(/^oa:/u, ''));
}

/** JSON-LD types may be a string or a list, with or without the oa: prefix. */
function hasType(value: Json, type: string): boolean {
  return strings(value['type']).includes(type) || strings(value['@type']).includes(type);
}

function optionalString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
