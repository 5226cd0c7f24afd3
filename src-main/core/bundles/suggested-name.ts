// A file name to offer when saving an export: the project's name and what was selected.

import path from 'node:path';
import type { Project } from '../project/project.ts';
import type { Selection } from './selection.ts';

export function suggestedBundleName(project: Project, selection: Selection): string {
  const base = path.basename(project.path).replace(/\.sourcebench$/, '') || 'project';
  const what = (() => {
    switch (selection.kind) {
      case 'project':
        return '';
      case 'sources':
        return ` - ${selection.sourceIds.length} source${selection.sourceIds.length === 1 ? '' : 's'}`;
      case 'event':
        return ` - ${titleOf(project, 'SELECT title FROM events WHERE id = ?', selection.eventId) ?? 'event'}`;
      case 'tag':
        return ` - ${titleOf(project, 'SELECT name FROM tags WHERE id = ?', selection.tagId) ?? 'tag'}`;
    }
  })();
  const safe = `${base}${what}`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
  return `${safe || 'bundle'}.sbundle`;
}

function titleOf(project: Project, sql: string, id: string): string | undefined {
  return project.db.prepare(sql).pluck().get(id) as string | undefined;
}
