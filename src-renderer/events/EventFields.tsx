// The fields of an event, shared by the new-event form and the event's details: title, a date range
// (YYYY, YYYY-MM or YYYY-MM-DD) with how precisely it is known, place and description.

import { useId } from 'react';
import { precisionLabels, precisionOptions, type EventDraft } from './event-draft.ts';

interface EventFieldsProps {
  draft: EventDraft;
  onChange: (draft: EventDraft) => void;
  disabled?: boolean;
  autoFocus?: boolean;
}

export function EventFields({ draft, onChange, disabled = false, autoFocus = false }: EventFieldsProps) {
  const id = useId();
  const set = (patch: Partial<EventDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="event-fields">
      <div className="event-field">
        <label htmlFor={`${id}-title`} className="event-field__label">
          Title
        </label>
        <input
          id={`${id}-title`}
          className="field-control"
          value={draft.title}
          maxLength={1000}
          disabled={disabled}
          autoFocus={autoFocus}
          placeholder="What happened"
          onChange={(e) => set({ title: e.target.value })}
        />
      </div>
      <div className="event-fields__dates">
        <div className="event-field">
          <label htmlFor={`${id}-start`} className="event-field__label">
            Date
          </label>
          <input
            id={`${id}-start`}
            className="field-control"
            value={draft.start}
            disabled={disabled}
            placeholder="YYYY-MM-DD"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            onChange={(e) => set({ start: e.target.value })}
          />
        </div>
        <div className="event-field">
          <label htmlFor={`${id}-end`} className="event-field__label">
            Until <span className="event-field__optional">(range)</span>
          </label>
          <input
            id={`${id}-end`}
            className="field-control"
            value={draft.end}
            disabled={disabled}
            placeholder="optional"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            onChange={(e) => set({ end: e.target.value })}
          />
        </div>
        <div className="event-field">
          <label htmlFor={`${id}-precision`} className="event-field__label">
            Precision
          </label>
          <select
            id={`${id}-precision`}
            className="field-control"
            value={draft.precision}
            disabled={disabled}
            onChange={(e) => set({ precision: e.target.value as EventDraft['precision'] })}
          >
            {precisionOptions.map((p) => (
              <option key={p} value={p}>
                {precisionLabels[p]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="event-field">
        <label htmlFor={`${id}-place`} className="event-field__label">
          Place
        </label>
        <input id={`${id}-place`} className="field-control" value={draft.place} maxLength={1000} disabled={disabled} onChange={(e) => set({ place: e.target.value })} />
      </div>
      <div className="event-field">
        <label htmlFor={`${id}-description`} className="event-field__label">
          Description
        </label>
        <textarea
          id={`${id}-description`}
          className="field-control"
          rows={3}
          value={draft.description}
          maxLength={100_000}
          disabled={disabled}
          onChange={(e) => set({ description: e.target.value })}
        />
      </div>
    </div>
  );
}
