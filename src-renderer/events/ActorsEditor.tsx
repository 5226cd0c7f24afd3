// An event's actors as removable chips, and a field to add one by name: a name the entity list knows
// (or any of its aliases) is that entity, a new name is added to the list.

import { useId, useState } from 'react';
import type { EventSummary } from '../../src-main/core/events/event-types.ts';
import { describeError } from '../api/call-error.ts';
import { useToaster } from '../app/toast-context.ts';
import { useEntities, useEventChanges } from './use-events.ts';

export function ActorsEditor({ event }: { event: EventSummary }) {
  const [name, setName] = useState('');
  const { update } = useEventChanges();
  const entities = useEntities();
  const toaster = useToaster();
  const listId = useId();
  const ids = event.actors.map((a) => a.id);
  const change = (actorIds: string[], actorNames: string[] = []) =>
    update.mutate(
      { id: event.id, patch: { actorIds, actorNames } },
      {
        onSuccess: () => setName(''),
        onError: (error) => toaster.show(`The actors could not be changed: ${describeError(error)}`, 'error'),
      },
    );

  return (
    <div className="actors">
      {event.actors.length > 0 && (
        <ul className="actors__list" aria-label="Actors of this event">
          {event.actors.map((actor) => (
            <li key={actor.id} className={`actor-chip actor-chip--${actor.kind}`}>
              <span>{actor.name}</span>
              <button
                type="button"
                className="actor-chip__remove"
                aria-label={`Remove ${actor.name}`}
                disabled={update.isPending}
                onClick={() => change(ids.filter((id) => id !== actor.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="actors__add"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() !== '') change(ids, [name.trim()]);
        }}
      >
        <input
          className="field-control"
          list={listId}
          value={name}
          maxLength={500}
          placeholder="Add a person or organisation…"
          aria-label="Add an actor"
          onChange={(e) => setName(e.target.value)}
        />
        <datalist id={listId}>
          {(entities.data?.entities ?? []).map((entity) => (
            <option key={entity.id} value={entity.name} />
          ))}
        </datalist>
        <button type="submit" className="button button--small" disabled={name.trim() === '' || update.isPending}>
          Add
        </button>
      </form>
    </div>
  );
}
