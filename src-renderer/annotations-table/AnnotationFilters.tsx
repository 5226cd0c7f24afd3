// The annotations table's filter bar: search text (sent after a pause in typing),
// tag, event, source, source kind, status and a date range; all go to SQLite.

import { useEffect, useId, useState, type ReactNode } from 'react';
import { isSourceKind, sourceKindLabels, sourceKinds } from '../api/source-kinds.ts';
import { useDebouncedEffect } from '../library/use-debounced-effect.ts';
import { isStatusChoice, statusChoices, type AnnotationsQuery } from './table-query.ts';
import { useEventChoices, useSourceChoices, useTagChoices } from './use-choices.ts';

const typingPauseMs = 250;

interface AnnotationFiltersProps {
  query: AnnotationsQuery;
  onChange: (update: Partial<AnnotationsQuery>) => void;
}

export function AnnotationFilters({ query, onChange }: AnnotationFiltersProps) {
  const tags = useTagChoices();
  const events = useEventChoices();
  const sources = useSourceChoices();
  const [text, setText] = useState(query.text);
  useEffect(() => setText(query.text), [query.text]);
  useDebouncedEffect(text, typingPauseMs, (value) => {
    if (value !== query.text) onChange({ text: value });
  });

  return (
    <div className="ann-filters" role="search" aria-label="Filter annotations">
      <Field label="Search quotes and notes" wide>
        {(id) => <input id={id} className="field-control" type="search" value={text} placeholder='e.g. "embassy" OR rocket*' onChange={(event) => setText(event.target.value)} />}
      </Field>
      <Field label="Tag">
        {(id) => (
          <select id={id} className="field-control" value={query.tagId} onChange={(event) => onChange({ tagId: event.target.value })}>
            <option value="">Any tag</option>
            {(tags.data ?? []).map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Event">
        {(id) => (
          <select id={id} className="field-control" value={query.eventId} onChange={(event) => onChange({ eventId: event.target.value })}>
            <option value="">Any event</option>
            {(events.data?.rows ?? []).map((event) => (
              <option key={event.id} value={event.id}>
                {event.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Source">
        {(id) => (
          <select id={id} className="field-control" value={query.sourceId} onChange={(event) => onChange({ sourceId: event.target.value })}>
            <option value="">Any source</option>
            {(sources.data?.rows ?? []).map((source) => (
              <option key={source.id} value={source.id}>
                {source.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Kind" narrow>
        {(id) => (
          <select id={id} className="field-control" value={query.sourceKind} onChange={(event) => onChange({ sourceKind: isSourceKind(event.target.value) ? event.target.value : '' })}>
            <option value="">Any kind</option>
            {sourceKinds.map((kind) => (
              <option key={kind} value={kind}>
                {sourceKindLabels[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Status">
        {(id) => (
          <select id={id} className="field-control" value={query.status} onChange={(event) => onChange({ status: isStatusChoice(event.target.value) ? event.target.value : '' })}>
            {Object.entries(statusChoices).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Created from" narrow>
        {(id) => <input id={id} className="field-control" type="date" value={query.from} max={query.to || undefined} onChange={(event) => onChange({ from: event.target.value })} />}
      </Field>
      <Field label="to" narrow>
        {(id) => <input id={id} className="field-control" type="date" value={query.to} min={query.from || undefined} onChange={(event) => onChange({ to: event.target.value })} />}
      </Field>
    </div>
  );
}

function Field({ label, wide, narrow, children }: { label: string; wide?: boolean; narrow?: boolean; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={`ann-filters__field${wide ? ' ann-filters__field--wide' : ''}${narrow ? ' ann-filters__field--narrow' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
