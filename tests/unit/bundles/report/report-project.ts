// The sample project made into a worked project for the report's tests: highlights (nested and
// overlapping, in every colour, fuzzy and orphaned), a small codebook, an event with a planted
// disagreement on the death toll resolved by the user, and a second, approximate event.

import type { Core } from '../../../../src-main/core/core.ts';
import { freshCore, readingText, unwrap } from '../../core-harness.ts';

export interface WorkedProject {
  core: Core;
  herald: string;
  riverline: string;
  forum: string;
  blog: string;
  event: string;
  otherEvent: string;
  tags: { parent: string; child: string; loose: string };
  highlights: string[];
}

export function workedSample(): WorkedProject {
  const core = freshCore();
  unwrap(core.call('project.loadSample', {}));
  const rows = unwrap(core.call('sources.list', {})).rows;
  const id = (publisher: string) => rows.find((r) => r.publisher === publisher)?.id ?? '';
  const herald = id('Ostra Valley Herald');
  const riverline = id('Riverline News');
  const forum = id('Ostra Policy Forum');
  const blog = id('The Lower Quay Dispatch');
  const parent = unwrap(core.call('tags.create', { name: 'Casualties', color: 'red', description: 'Deaths and injuries' })).id;
  const child = unwrap(core.call('tags.create', { name: 'Death toll', parentId: parent, color: 'orange' })).id;
  const loose = unwrap(core.call('tags.create', { name: 'Cause', color: 'blue' })).id;
  const highlights: string[] = [];
  const highlight = (sourceId: string, phrase: string, extra: { color?: 'yellow' | 'green' | 'blue' | 'pink' | 'purple' | 'orange'; note?: string; tagIds?: string[] } = {}) => {
    const start = readingText(core, sourceId).indexOf(phrase);
    if (start === -1) throw new Error(`“${phrase}” is not in the sample`);
    const made = unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length }, ...extra })).id;
    highlights.push(made);
    return made;
  };
  // Nested ("people were killed" inside the toll) and overlapping ("eleven injured when an explosion").
  const toll = highlight(herald, 'Three people were killed and eleven injured', { note: 'The Herald’s toll, the lowest.', tagIds: [child] });
  highlight(herald, 'people were killed', { color: 'blue' });
  highlight(herald, 'eleven injured when an explosion', { color: 'pink', tagIds: [parent] });
  const river = highlight(riverline, 'At least five people died and more than twenty were injured', { color: 'green', tagIds: [child], note: 'Riverline’s toll.' });
  const valve = highlight(herald, 'a pressure fault in a transfer valve', { color: 'purple', tagIds: [loose] });
  highlight(forum, "The coroner's office has confirmed four deaths", { color: 'orange', tagIds: [child] });
  const rumour = highlight(blog, 'People on Tanner Street are saying a dozen', { note: 'Rumour only.' });
  const event = unwrap(
    core.call('events.create', {
      title: 'Explosion at the Quay Seven fuel terminal',
      date: { start: '2025-09-09', end: null, precision: 'day' },
      place: 'Velmora harbour',
      description: 'Blast and fire at the fuel depot.',
      actorNames: ['Ilya Voronyev', 'Velmora Harbour Authority'],
    }),
  ).id;
  unwrap(core.call('events.link', { highlightId: toll, eventId: event }));
  unwrap(core.call('events.link', { highlightId: river, eventId: event }));
  unwrap(core.call('events.link', { highlightId: rumour, eventId: event, stance: 'disputes' }));
  unwrap(core.call('events.link', { highlightId: valve, eventId: event, stance: 'context' }));
  unwrap(core.call('discrepancies.resolve', { eventId: event, key: 'count:deaths', trustedSourceId: riverline, note: 'The hospital list names five.' }));
  const otherEvent = unwrap(core.call('events.create', { title: 'Harbour board meeting', date: { start: '2025-09', end: null, precision: 'approximate' } })).id;
  unwrap(core.call('events.link', { highlightId: valve, eventId: otherEvent, stance: 'reports' }));
  return { core, herald, riverline, forum, blog, event, otherEvent, tags: { parent, child, loose }, highlights };
}
