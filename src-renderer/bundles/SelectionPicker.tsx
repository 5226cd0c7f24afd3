// What an export carries: the whole project, one event and its passages, or the
// passages carrying one tag. Shared by the bundle export and "Export as…".

import { useId } from 'react';
import type { OperationInput } from '../../src-main/core/api/operations.ts';
import { useTags } from '../codebook/use-tags.ts';
import { useEventList } from '../events/use-events.ts';
import './bundles.css';

export type Selection = OperationInput<'bundles.export'>['selection'];

export interface SelectionChoice {
  scope: 'project' | 'event' | 'tag';
  eventId: string;
  tagId: string;
}

export const wholeProject: SelectionChoice = { scope: 'project', eventId: '', tagId: '' };

/** The selection the operations take, or null while an event or tag is still to be chosen. */
export function selectionOf(choice: SelectionChoice): Selection | null {
  if (choice.scope === 'project') return { kind: 'project' };
  if (choice.scope === 'event') return choice.eventId ? { kind: 'event', eventId: choice.eventId } : null;
  return choice.tagId ? { kind: 'tag', tagId: choice.tagId } : null;
}

interface SelectionPickerProps {
  legend: string;
  choice: SelectionChoice;
  onChange: (choice: SelectionChoice) => void;
}

export function SelectionPicker({ legend, choice, onChange }: SelectionPickerProps) {
  const events = useEventList();
  const tags = useTags();
  // Two pickers may be on the page at once (one per dialog): their radio groups must not merge.
  const group = useId();
  const set = (change: Partial<SelectionChoice>) => onChange({ ...choice, ...change });
  return (
    <fieldset className="bundle-scope">
      <legend>{legend}</legend>
      <label>
        <input type="radio" name={group} checked={choice.scope === 'project'} onChange={() => set({ scope: 'project' })} /> The whole project
      </label>
      <label>
        <input type="radio" name={group} checked={choice.scope === 'event'} onChange={() => set({ scope: 'event' })} /> One event and its passages
      </label>
      {choice.scope === 'event' && (
        <select className="field-control" aria-label="Event" value={choice.eventId} onChange={(e) => set({ eventId: e.target.value })}>
          <option value="">Choose an event…</option>
          {events.data?.rows.map((event) => (
            <option key={event.id} value={event.id}>
              {event.title}
            </option>
          ))}
        </select>
      )}
      <label>
        <input type="radio" name={group} checked={choice.scope === 'tag'} onChange={() => set({ scope: 'tag' })} /> The passages carrying one tag
      </label>
      {choice.scope === 'tag' && (
        <select className="field-control" aria-label="Tag" value={choice.tagId} onChange={(e) => set({ tagId: e.target.value })}>
          <option value="">Choose a tag…</option>
          {tags.data?.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
      )}
    </fieldset>
  );
}
