// The bar over the table while rows are checked: how many, and what to do
// with them: add or remove a tag, link to an event, export as CSV, delete.

import { useId, useMemo, useState } from 'react';
import type { AnnotationRow } from './table-query.ts';
import { useBulkActions } from './use-bulk.ts';
import { useEventChoices, useTagChoices } from './use-choices.ts';
import type { RowSelection } from './use-row-selection.ts';

export function BulkBar({ selection, rows }: { selection: RowSelection; rows: readonly AnnotationRow[] }) {
  const tagListId = useId();
  const tags = useTagChoices();
  const events = useEventChoices();
  const [tagName, setTagName] = useState('');
  const actions = useBulkActions(selection.clear);
  const ids = selection.ids;
  const count = ids.length;

  // Tags the checked rows carry, to offer for removal.
  const present = useMemo(() => {
    const chosen = new Set(ids);
    const found = new Map<string, string>();
    for (const row of rows) if (chosen.has(row.id)) for (const tag of row.tags) found.set(tag.id, tag.name);
    return [...found].sort((a, b) => a[1].localeCompare(b[1]));
  }, [ids, rows]);

  if (count === 0) return null;
  const disabled = actions.busy;

  const addTag = () => {
    const name = tagName.trim();
    if (name === '') return;
    const known = tags.data?.find((tag) => tag.name.toLowerCase() === name.toLowerCase());
    actions.bulk.mutate(known ? { action: 'tag', ids, tagIds: [known.id] } : { action: 'tag', ids, tagNames: [name] }, { onSuccess: () => setTagName('') });
  };

  return (
    <div className="ann-bulk" role="toolbar" aria-label="Selected highlights">
      <span className="ann-bulk__count" aria-live="polite">
        {count.toLocaleString()} selected
      </span>
      <form
        className="ann-bulk__group"
        onSubmit={(event) => {
          event.preventDefault();
          addTag();
        }}
      >
        <input className="field-control ann-bulk__tag" list={tagListId} value={tagName} placeholder="Tag name" aria-label="Tag to add" onChange={(event) => setTagName(event.target.value)} />
        <datalist id={tagListId}>
          {(tags.data ?? []).map((tag) => (
            <option key={tag.id} value={tag.name} />
          ))}
        </datalist>
        <button type="submit" className="button" disabled={disabled || tagName.trim() === ''}>
          Add tag
        </button>
      </form>
      <select
        className="field-control ann-bulk__select"
        aria-label="Remove a tag"
        value=""
        disabled={disabled || present.length === 0}
        onChange={(event) => event.target.value && actions.bulk.mutate({ action: 'untag', ids, tagIds: [event.target.value] })}
      >
        <option value="">Remove tag…</option>
        {present.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
      <select
        className="field-control ann-bulk__select"
        aria-label="Link to an event"
        value=""
        disabled={disabled || (events.data?.rows.length ?? 0) === 0}
        onChange={(event) => event.target.value && actions.bulk.mutate({ action: 'link', ids, eventId: event.target.value })}
      >
        <option value="">{(events.data?.rows.length ?? 0) === 0 ? 'No events yet' : 'Link to event…'}</option>
        {(events.data?.rows ?? []).map((event) => (
          <option key={event.id} value={event.id}>
            {event.title}
          </option>
        ))}
      </select>
      <span className="ann-bulk__spacer" />
      <button type="button" className="button" disabled={disabled} onClick={() => actions.exportCsv.mutate(ids)}>
        Export CSV
      </button>
      <button type="button" className="button button--danger" disabled={disabled} onClick={() => actions.bulk.mutate({ action: 'delete', ids })}>
        Delete
      </button>
      <button type="button" className="button button--ghost" onClick={selection.clear}>
        Clear selection
      </button>
    </div>
  );
}
