// The codebook as far as the report reaches: the selected tags as a tree, each with how many of the
// report's passages carry it, itself or through a tag below it.

import type Database from 'better-sqlite3';
import { tagColors } from '../../codebook/tag-types.ts';
import { escapeHtml as esc, oneOf } from './escape-html.ts';
import { plural } from './report-cover.ts';

interface TagNode {
  id: string;
  parent_id: string | null;
  name: string;
  color: string;
  description: string;
  direct: number;
  total: number;
}

export function writeCodebook(db: Database.Database, write: (chunk: string) => void): void {
  const tags = db
    .prepare(
      `SELECT t.id, t.parent_id, t.name, t.color, t.description,
         (SELECT count(*) FROM highlight_tags ht JOIN selected_highlights x ON x.id = ht.highlight_id WHERE ht.tag_id = t.id) AS direct,
         (WITH RECURSIVE below (id) AS (SELECT t.id UNION SELECT c.id FROM tags c JOIN below b ON c.parent_id = b.id)
          SELECT count(DISTINCT ht.highlight_id) FROM highlight_tags ht JOIN selected_highlights x ON x.id = ht.highlight_id
          WHERE ht.tag_id IN (SELECT id FROM below)) AS total
       FROM tags t JOIN selected_tags s ON s.id = t.id ORDER BY t.name COLLATE NOCASE, t.id`,
    )
    .all() as TagNode[];
  const ids = new Set(tags.map((t) => t.id));
  const children = new Map<string | null, TagNode[]>();
  for (const tag of tags) {
    // A tag whose parent is outside the report stands at the top.
    const parent = tag.parent_id !== null && ids.has(tag.parent_id) ? tag.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  write('<section class="chapter" id="codebook">\n<h2>Codebook</h2>\n');
  if (tags.length === 0) {
    write('<p class="muted">No tags are used in this report.</p>\n</section>\n');
    return;
  }
  write('<p class="meta">Counts are passages in this report: carrying the tag itself, and in all with the tags below it.</p>\n');
  const writeLevel = (parent: string | null, depth: number): void => {
    const level = children.get(parent) ?? [];
    if (level.length === 0 || depth > 64) return;
    write(depth === 0 ? '<ul class="tag-tree">\n' : '<ul>\n');
    for (const tag of level) {
      const counts = tag.total === tag.direct ? `${tag.direct} ${plural(tag.direct, 'passage', 'passages')}` : `${tag.direct} directly, ${tag.total} with the tags below`;
      write(`<li><span class="tag tag-${oneOf(tag.color, tagColors, 'gray')}">${esc(tag.name)}</span> <span class="meta">${counts}</span>`);
      if (tag.description !== '') write(`<div class="desc">${esc(tag.description)}</div>`);
      writeLevel(tag.id, depth + 1);
      write('</li>\n');
    }
    write('</ul>\n');
  };
  writeLevel(null, 0);
  write('</section>\n');
}
