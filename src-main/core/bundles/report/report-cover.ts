// The report's head (CSP, styles) and its cover: what project, what part of it, how much, and the
// table of contents, all plain anchors.

import type Database from 'better-sqlite3';
import type { Selection, SelectionCounts } from '../selection.ts';
import { anchorId, escapeHtml as esc } from './escape-html.ts';
import { reportStyle } from './report-style.ts';

/** No script, no fetch, no frame, no form, no base: only the inline styles the report carries. */
export const reportContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface ReportContents {
  sources: { id: string; title: string }[];
  events: { id: string; title: string }[];
  tags: number;
}

export function writeHead(write: (chunk: string) => void, title: string): void {
  write(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportContentSecurityPolicy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Sourcebench">
<title>${esc(title)}</title>
<style>${reportStyle}</style>
</head>
<body>
`);
}

export function writeCover(
  db: Database.Database,
  write: (chunk: string) => void,
  options: { projectName: string; generatedAt: string; selection: Selection; counts: SelectionCounts; contents: ReportContents },
): void {
  const { counts, contents } = options;
  const project = projectCounts(db);
  write(`<header class="cover" id="top">
<div class="kicker">Sourcebench report</div>
<h1>${esc(options.projectName)}</h1>
<p class="meta">${esc(describeSelection(db, options.selection, counts))}. Made on ${esc(options.generatedAt.slice(0, 10))}.</p>
<ul class="counts" aria-label="In this report">
${countItem(counts.sources, 'source', 'sources')}${countItem(counts.highlights, 'highlight', 'highlights')}${countItem(counts.tags, 'tag', 'tags')}${countItem(counts.events, 'event', 'events')}${countItem(counts.entities, 'actor', 'actors')}</ul>
<p class="meta">The whole project holds ${project.sources} ${plural(project.sources, 'source', 'sources')}, ${project.highlights} ${plural(project.highlights, 'highlight', 'highlights')}, ${project.tags} ${plural(project.tags, 'tag', 'tags')} and ${project.events} ${plural(project.events, 'event', 'events')}.</p>
</header>
<nav class="toc" aria-label="Contents">
<h2>Contents</h2>
<ol>
<li><a href="#sources">Sources</a> (${contents.sources.length})<ol>
`);
  for (const source of contents.sources) write(`<li><a href="#${anchorId('src', source.id)}">${esc(source.title || 'Untitled source')}</a></li>\n`);
  write(`</ol></li>
<li><a href="#codebook">Codebook</a> (${contents.tags} ${plural(contents.tags, 'tag', 'tags')})</li>
<li><a href="#timeline">Timeline</a> (${contents.events.length} ${plural(contents.events.length, 'event', 'events')})</li>
<li><a href="#comparisons">Comparisons by event</a><ol>
`);
  for (const event of contents.events) write(`<li><a href="#${anchorId('cmp', event.id)}">${esc(event.title)}</a></li>\n`);
  write('</ol></li>\n</ol>\n</nav>\n');
}

function countItem(n: number, one: string, many: string): string {
  return `<li><b>${n.toLocaleString('en-US')}</b> ${plural(n, one, many)}</li>\n`;
}

export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

function projectCounts(db: Database.Database): { sources: number; highlights: number; tags: number; events: number } {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM highlights) AS highlights,
         (SELECT count(*) FROM tags) AS tags, (SELECT count(*) FROM events) AS events`,
    )
    .get() as { sources: number; highlights: number; tags: number; events: number };
}

/** The selection in words: "The whole project", "The event “…”", "The tag “…” and the tags below it", "3 chosen sources". */
export function describeSelection(db: Database.Database, selection: Selection, counts: SelectionCounts): string {
  switch (selection.kind) {
    case 'project':
      return 'The whole project';
    case 'event': {
      const row = db.prepare('SELECT title FROM events WHERE id = ?').get(selection.eventId) as { title: string } | undefined;
      return `The event “${row?.title ?? selection.eventId}”, its passages and their sources`;
    }
    case 'tag': {
      const row = db.prepare('SELECT name FROM tags WHERE id = ?').get(selection.tagId) as { name: string } | undefined;
      return `The passages tagged “${row?.name ?? selection.tagId}” (or a tag below it), their sources and events`;
    }
    case 'sources':
      return `${counts.sources} chosen ${plural(counts.sources, 'source', 'sources')} with all ${plural(counts.sources, 'its', 'their')} highlights and linked events`;
  }
}
