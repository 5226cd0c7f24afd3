// One entity in the list: name, kind and event count; its aliases as removable chips with a field to
// add one; split some aliases off into a new entity; merge it into another; delete it.

import { useState } from 'react';
import type { Entity } from '../../src-main/core/events/entities/entity-types.ts';
import { describeError } from '../api/call-error.ts';
import { useToaster } from '../app/toast-context.ts';
import { useEntityChanges } from './use-events.ts';

export function EntityRow({ entity, entities }: { entity: Entity; entities: readonly Entity[] }) {
  const changes = useEntityChanges();
  const toaster = useToaster();
  const [alias, setAlias] = useState('');
  const [mode, setMode] = useState<'none' | 'split' | 'merge'>('none');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [intoId, setIntoId] = useState('');
  const failed = (what: string) => (error: unknown) => toaster.show(`${what}: ${describeError(error)}`, 'error');
  const others = entity.aliases.filter((a) => a.alias !== entity.name);

  return (
    <li className="entity" data-entity-id={entity.id}>
      <div className="entity__head">
        <span className="entity__name">{entity.name}</span>
        <span className={`entity__kind entity__kind--${entity.kind}`}>{entity.kind}</span>
        <span className="entity__count">
          {entity.eventCount} {entity.eventCount === 1 ? 'event' : 'events'}
        </span>
        <span className="entity__actions">
          <button type="button" className="button button--small button--ghost" disabled={others.length === 0} onClick={() => setMode(mode === 'split' ? 'none' : 'split')}>
            Split…
          </button>
          <button type="button" className="button button--small button--ghost" disabled={entities.length < 2} onClick={() => setMode(mode === 'merge' ? 'none' : 'merge')}>
            Merge…
          </button>
          <button
            type="button"
            className="button button--small button--ghost entity__delete"
            onClick={() =>
              window.confirm(`Delete “${entity.name}”? Events lose it as an actor.`) &&
              changes.remove.mutate(entity.id, { onError: failed('The entity could not be deleted') })
            }
          >
            Delete
          </button>
        </span>
      </div>
      <ul className="entity__aliases" aria-label={`Aliases of ${entity.name}`}>
        {others.map((a) => (
          <li key={a.id} className="alias-chip">
            {mode === 'split' ? (
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(a.alias)}
                  onChange={(e) => setChosen((c) => (e.target.checked ? new Set([...c, a.alias]) : new Set([...c].filter((x) => x !== a.alias))))}
                />{' '}
                {a.alias}
              </label>
            ) : (
              <>
                {a.alias}
                <button
                  type="button"
                  className="alias-chip__remove"
                  aria-label={`Remove alias ${a.alias}`}
                  onClick={() => changes.removeAlias.mutate({ id: entity.id, alias: a.alias }, { onError: failed('The alias could not be removed') })}
                >
                  ×
                </button>
              </>
            )}
          </li>
        ))}
        <li>
          <form
            className="entity__add-alias"
            onSubmit={(e) => {
              e.preventDefault();
              if (alias.trim() !== '') changes.addAlias.mutate({ id: entity.id, alias: alias.trim() }, { onSuccess: () => setAlias(''), onError: failed('The alias could not be added') });
            }}
          >
            <input className="field-control" value={alias} maxLength={500} placeholder="Add alias…" aria-label={`Add an alias to ${entity.name}`} onChange={(e) => setAlias(e.target.value)} />
          </form>
        </li>
      </ul>
      {mode === 'split' && (
        <div className="entity__panel">
          <span>Tick the aliases that are someone else, then</span>
          <button
            type="button"
            className="button button--small button--primary"
            disabled={chosen.size === 0 || changes.split.isPending}
            onClick={() =>
              changes.split.mutate(
                { id: entity.id, aliases: [...chosen] },
                { onSuccess: () => (setMode('none'), setChosen(new Set())), onError: failed('The entity could not be split') },
              )
            }
          >
            Split into a new entity
          </button>
        </div>
      )}
      {mode === 'merge' && (
        <div className="entity__panel">
          <span>Same actor as</span>
          <select className="field-control entity__merge-select" value={intoId} aria-label={`Merge ${entity.name} into`} onChange={(e) => setIntoId(e.target.value)}>
            <option value="">Choose…</option>
            {entities
              .filter((e) => e.id !== entity.id)
              .map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="button button--small button--primary"
            disabled={intoId === '' || changes.merge.isPending}
            onClick={() => changes.merge.mutate({ fromId: entity.id, intoId }, { onSuccess: () => setMode('none'), onError: failed('The entities could not be merged') })}
          >
            Merge
          </button>
        </div>
      )}
    </li>
  );
}
