// A sample project with something in every view, prepared through the core:
// highlights in several colours with tags and notes, an event linked from two
// sources. The accessibility, keyboard and theme tests share it.

import { openCore } from '../../src-main/core/core.ts';
import { unwrap } from '../unit/core-harness.ts';

export interface SampleIds {
  herald: string;
  riverline: string;
  event: string;
}

export function prepareSampleProject(projectPath: string): SampleIds {
  const core = openCore(projectPath);
  try {
    unwrap(core.call('project.loadSample', {}));
    const rows = unwrap(core.call('sources.list', {})).rows;
    const herald = rows.find((r) => r.publisher === 'Ostra Valley Herald')?.id ?? '';
    const riverline = rows.find((r) => r.publisher === 'Riverline News')?.id ?? '';
    const highlight = (sourceId: string, phrase: string, color: 'yellow' | 'green' | 'blue' | 'pink' | 'purple' | 'orange', tagNames: string[] = [], note = '') => {
      const text = unwrap(core.call('sources.get', { id: sourceId })).text;
      const start = text.indexOf(phrase);
      if (start === -1) throw new Error(`“${phrase}” is not in the sample`);
      return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length }, color, tagNames, note })).id;
    };
    const made = unwrap(
      core.call('events.createFromHighlight', {
        highlightId: highlight(herald, 'Three people were killed and eleven injured', 'yellow', ['casualties'], 'The Herald’s count.'),
        title: 'Explosion at the Quay Seven fuel terminal',
      }),
    );
    unwrap(core.call('events.update', { id: made.event.id, patch: { date: { start: '2025-09-09', end: null, precision: 'day' }, place: 'Velmora harbour' } }));
    unwrap(core.call('events.link', { highlightId: highlight(riverline, 'At least five people died and more than twenty were injured', 'pink', ['casualties']), eventId: made.event.id }));
    const heraldText = unwrap(core.call('sources.get', { id: herald })).text;
    // Three more colours on the Herald, from its second and third sentences, so the reader shows a palette.
    const sentences = heraldText.split(/(?<=\.)\s+/).filter((s) => s.length > 30 && !s.includes('Three people were killed'));
    const colors = ['green', 'blue', 'purple'] as const;
    colors.forEach((color, index) => {
      const sentence = sentences[index + 1];
      if (sentence !== undefined) highlight(herald, sentence.slice(0, 40), color, index === 0 ? ['claims/official'] : []);
    });
    return { herald, riverline, event: made.event.id };
  } finally {
    core.close();
  }
}
