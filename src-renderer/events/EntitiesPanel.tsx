// The entity list on the Events page: people and organisations with their aliases and event counts,
// and the suggestions (spellings in the sources that look like one actor) to confirm.

import type { EntitySuggestion } from '../../src-main/core/events/entities/entity-types.ts';
import { describeError } from '../api/call-error.ts';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { useToaster } from '../app/toast-context.ts';
import { EntityRow } from './EntityRow.tsx';
import { useEntities, useEntityChanges } from './use-events.ts';

export function EntitiesPanel() {
  const list = useEntities();
  if (list.isError) return <ErrorAlert title="The entity list could not be loaded." error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending) {
    return (
      <div className="events__loading" role="status">
        Loading people and organisations…
      </div>
    );
  }
  const { entities, suggestions } = list.data;
  return (
    <div className="entities">
      <section className="entities__main" aria-labelledby="entities-heading">
        <h2 id="entities-heading" className="entities__heading">
          People &amp; organisations <span className="event-detail__count">{entities.length}</span>
        </h2>
        {entities.length === 0 ? (
          <p className="events__hint">No entities yet. They are added when an event names an actor, or when you confirm a suggestion.</p>
        ) : (
          <ul className="entity-list" aria-label="Entities">
            {entities.map((entity) => (
              <EntityRow key={entity.id} entity={entity} entities={entities} />
            ))}
          </ul>
        )}
      </section>
      <aside className="entities__suggestions" aria-labelledby="suggestions-heading">
        <h2 id="suggestions-heading" className="entities__heading">
          Suggestions <span className="event-detail__count">{suggestions.length}</span>
        </h2>
        <p className="entities__intro">Names in your sources that look like one actor spelled several ways. Confirming adds them to the list, so comparisons match them.</p>
        {suggestions.length === 0 ? (
          <p className="events__hint">No suggestions.</p>
        ) : (
          <ul className="suggestion-list" aria-label="Suggested entities">
            {suggestions.map((s) => (
              <SuggestionRow key={`${s.entityId ?? ''}:${s.aliases.join('|')}`} suggestion={s} />
            ))}
          </ul>
        )}
      </aside>
    </div>
  );
}

function SuggestionRow({ suggestion }: { suggestion: EntitySuggestion }) {
  const { create, addAlias } = useEntityChanges();
  const toaster = useToaster();
  const busy = create.isPending || addAlias.isPending;
  const confirm = async () => {
    try {
      if (suggestion.entityId === null) {
        await create.mutateAsync({ name: suggestion.name, kind: suggestion.kind, aliases: suggestion.aliases });
      } else {
        for (const alias of suggestion.aliases) await addAlias.mutateAsync({ id: suggestion.entityId, alias });
      }
      toaster.show(`Confirmed “${suggestion.name}”.`, 'success');
    } catch (error) {
      toaster.show(`The suggestion could not be confirmed: ${describeError(error)}`, 'error');
    }
  };
  return (
    <li className="suggestion">
      <div className="suggestion__text">
        <span className="suggestion__name">{suggestion.name}</span>
        <span className="suggestion__meta">
          {suggestion.kind} · {suggestion.mentions} {suggestion.mentions === 1 ? 'mention' : 'mentions'} in {suggestion.sources}{' '}
          {suggestion.sources === 1 ? 'source' : 'sources'}
          {suggestion.entityId !== null && ' · adds to a listed entity'}
        </span>
        <span className="suggestion__aliases">{suggestion.aliases.join(' · ')}</span>
      </div>
      <button type="button" className="button button--small" disabled={busy} onClick={() => void confirm()}>
        Confirm
      </button>
    </li>
  );
}
