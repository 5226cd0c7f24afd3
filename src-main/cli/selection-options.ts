// Which part of the project a writing command (export, export-format, report)
// covers: --sources A,B, --event E or --tag T, or the whole project when none
// is given. One parser, so the three commands read their choice alike.

import type { ParseArgsOptionsConfig } from 'node:util';
import type { Selection } from '../core/bundles/selection.ts';
import { UsageError } from './cli-context.ts';

export const selectionOptions = {
  sources: { type: 'string' },
  event: { type: 'string' },
  tag: { type: 'string', multiple: true },
} as const satisfies ParseArgsOptionsConfig;

export const selectionHelp = `  --sources ID,ID    only these sources, with all their highlights
  --event ID         only this event and the passages linked to it
  --tag ID           only the highlights carrying this tag or one below it`;

export function selectionFromOptions(values: { sources?: string | undefined; event?: string | undefined; tag?: string[] | undefined }, command: string): Selection {
  const chosen = [values.sources, values.event, values.tag].filter((v) => v !== undefined);
  if (chosen.length > 1) throw new UsageError(`${command} covers one choice: --sources, --event or --tag`);
  if (values.sources !== undefined) {
    const sourceIds = values.sources.split(',').map((id) => id.trim()).filter((id) => id !== '');
    if (sourceIds.length === 0) throw new UsageError('--sources needs one or more source ids, separated by commas');
    return { kind: 'sources', sourceIds };
  }
  if (values.event !== undefined) {
    if (values.event.trim() === '') throw new UsageError('--event needs an event id');
    return { kind: 'event', eventId: values.event.trim() };
  }
  if (values.tag !== undefined) {
    const [tag, ...more] = values.tag;
    if (more.length > 0) throw new UsageError(`${command} takes one --tag`);
    if (tag === undefined || tag.trim() === '') throw new UsageError('--tag needs a tag id');
    return { kind: 'tag', tagId: tag.trim() };
  }
  return { kind: 'project' };
}
