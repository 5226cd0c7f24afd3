// The passages linked to an event, grouped by source in reading order, each with its stance; a
// passage opens its source in the reader at that highlight, and can be unlinked from the event.

import type { EventDetail, LinkedPassage } from '../../src-main/core/events/event-types.ts';
import { describeError } from '../api/call-error.ts';
import { openSource, openSourceAt } from '../app/route.ts';
import { useToaster } from '../app/toast-context.ts';
import { StanceBadge } from './StanceBadge.tsx';
import { useEventChanges } from './use-events.ts';

export function EventPassages({ event }: { event: EventDetail }) {
  const { unlink } = useEventChanges();
  const toaster = useToaster();
  if (event.passages.length === 0) {
    return <p className="event-detail__empty">No passages yet. In the reader, open a highlight and link it to this event.</p>;
  }
  const bySource: { sourceId: string; title: string; passages: LinkedPassage[] }[] = [];
  for (const passage of event.passages) {
    const last = bySource.at(-1);
    if (last?.sourceId === passage.sourceId) last.passages.push(passage);
    else bySource.push({ sourceId: passage.sourceId, title: passage.sourceTitle, passages: [passage] });
  }
  return (
    <ul className="ev-sources" aria-label="Linked passages by source">
      {bySource.map((source) => (
        <li key={source.sourceId} className="ev-source">
          <a
            className="ev-source__title"
            href={`#/sources/${encodeURIComponent(source.sourceId)}`}
            onClick={(e) => (e.preventDefault(), openSource(source.sourceId))}
          >
            {source.title}
          </a>
          <ul className="ev-source__passages">
            {source.passages.map((passage) => (
              <li key={passage.linkId} className="ev-passage">
                <StanceBadge stance={passage.stance} />
                <button type="button" className="ev-passage__quote" title="Open in the reader" onClick={() => openSourceAt(passage.sourceId, { highlightId: passage.highlightId })}>
                  “{passage.exact}”
                </button>
                <button
                  type="button"
                  className="button button--small button--ghost ev-passage__unlink"
                  aria-label={`Unlink “${passage.exact.slice(0, 40)}”`}
                  title="Unlink from this event"
                  disabled={unlink.isPending}
                  onClick={() =>
                    unlink.mutate(
                      { highlightId: passage.highlightId, eventId: event.id },
                      { onError: (error) => toaster.show(`The passage could not be unlinked: ${describeError(error)}`, 'error') },
                    )
                  }
                >
                  ×
                </button>
                {passage.status === 'orphaned' && <span className="ev-passage__orphaned">orphaned</span>}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
