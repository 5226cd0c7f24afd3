// The Compare page: pick an event to compare its accounts, or pick two to four sources to read side by
// side; each choice opens its own view (and URL).

import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { openCompare } from './compare-route.ts';
import { formatEventDate } from './format.ts';
import { useEventChoices, useSourceChoices } from './use-compare.ts';

export function CompareHome() {
  useDocumentTitle('Compare');
  return (
    <section className="compare-home" aria-labelledby="compare-heading">
      <div className="compare-toolbar">
        <div>
          <h1 id="compare-heading" className="compare-toolbar__heading">
            Compare accounts
          </h1>
          <p className="compare-toolbar__sub">See where sources agree and disagree about one event, or read two to four sources passage by passage.</p>
        </div>
      </div>
      <div className="compare-home__cards">
        <EventPicker />
        <SourcePicker />
      </div>
    </section>
  );
}

function EventPicker() {
  const events = useEventChoices();
  const rows = events.data?.rows ?? [];
  return (
    <div className="compare-card">
      <h2 className="compare-card__title">By event</h2>
      <p className="compare-card__hint">One column per source with its linked passages, the claims in them, and the discrepancies between accounts.</p>
      {events.isError ? (
        <ErrorAlert title="The events could not be loaded." error={events.error} onRetry={() => void events.refetch()} />
      ) : events.isPending ? (
        <p className="compare-card__hint">Loading events…</p>
      ) : rows.length === 0 ? (
        <p className="compare-card__empty">No events yet. Highlight a passage in the reader and create an event from it, then link passages from other sources.</p>
      ) : (
        <ul className="compare-pick-list" aria-label="Events">
          {rows.map((event) => (
            <li key={event.id}>
              <button type="button" className="compare-pick-list__item" onClick={() => openCompare({ view: 'compareEvent', eventId: event.id })}>
                <span className="compare-pick-list__title">{event.title}</span>
                <span className="compare-pick-list__meta">
                  {[formatEventDate(event.date), `${event.counts.sources} ${event.counts.sources === 1 ? 'source' : 'sources'}`, `${event.counts.passages} ${event.counts.passages === 1 ? 'passage' : 'passages'}`]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SourcePicker() {
  const sources = useSourceChoices();
  const [chosen, setChosen] = useState<string[]>([]);
  const rows = sources.data?.rows ?? [];
  const toggle = (id: string) => setChosen((current) => (current.includes(id) ? current.filter((c) => c !== id) : current.length >= 4 ? current : [...current, id]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length >= 2) openCompare({ view: 'compareSources', sourceIds: chosen });
  };
  return (
    <form className="compare-card" onSubmit={submit} aria-label="Compare sources">
      <h2 className="compare-card__title">By source</h2>
      <p className="compare-card__hint">Choose two to four sources, in the order you want the columns. The first source sets the order of the rows.</p>
      {sources.isError ? (
        <ErrorAlert title="The sources could not be loaded." error={sources.error} onRetry={() => void sources.refetch()} />
      ) : rows.length === 0 && !sources.isPending ? (
        <p className="compare-card__empty">No sources yet. Import some, or load the sample project from the library.</p>
      ) : (
        <ul className="compare-pick-list" aria-label="Sources">
          {rows.map((source) => {
            const position = chosen.indexOf(source.id);
            return (
              <li key={source.id}>
                <label className="compare-pick-list__item compare-pick-list__item--check">
                  <input type="checkbox" checked={position !== -1} disabled={position === -1 && chosen.length >= 4} onChange={() => toggle(source.id)} />
                  <span className="compare-pick-list__order" aria-hidden="true">
                    {position === -1 ? '' : position + 1}
                  </span>
                  <span className="compare-pick-list__text">
                    <span className="compare-pick-list__title">{source.title}</span>
                    <span className="compare-pick-list__meta">{[source.publisher, source.publishedAt].filter(Boolean).join(' · ')}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      <div className="compare-card__actions">
        <span className="compare-card__hint">{chosen.length} of 2–4 chosen</span>
        <button type="submit" className="button button--primary" disabled={chosen.length < 2}>
          Compare sources
        </button>
      </div>
    </form>
  );
}
