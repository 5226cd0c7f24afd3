// Compare by event: the event's heading, one column per source with its passages and the claims in them,
// then the discrepancies (to resolve), and the agreements and claims only one source makes, collapsed.

import { ErrorAlert } from '../../app/ErrorAlert.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { openCompare } from '../compare-route.ts';
import { formatEventDate } from '../format.ts';
import { useEventComparison } from '../use-compare.ts';
import { ClaimGroups } from './ClaimGroups.tsx';
import { DiscrepancyTable } from './DiscrepancyTable.tsx';
import { SourceColumn } from './SourceColumn.tsx';

export function EventComparisonView({ eventId }: { eventId: string }) {
  const comparison = useEventComparison(eventId);
  useDocumentTitle(comparison.data ? `Compare: ${comparison.data.event.title}` : 'Compare');

  if (comparison.isError) {
    return (
      <div className="compare-page">
        <ErrorAlert title="This event could not be compared." error={comparison.error} onRetry={() => void comparison.refetch()} />
      </div>
    );
  }
  if (comparison.isPending) {
    return (
      <div className="compare-page compare-page__loading" role="status">
        Comparing the accounts…
      </div>
    );
  }
  const { event, columns, discrepancies, agreements, onlyIn } = comparison.data;
  // Claims whose subject the accounts disagree on are marked as differences in the columns.
  const disputed = new Set(discrepancies.map((d) => d.key));
  const open = discrepancies.filter((d) => d.resolution === null || d.resolution.stale).length;
  const names = new Map(columns.map((c) => [c.source.id, c.source.publisher ?? c.source.title]));

  return (
    <section className="compare-page" aria-labelledby="compare-event-heading">
      <div className="compare-toolbar">
        <div>
          <button type="button" className="button button--ghost button--small compare-toolbar__back" onClick={() => openCompare()}>
            ← Compare
          </button>
          <h1 id="compare-event-heading" className="compare-toolbar__heading">
            {event.title}
          </h1>
          <p className="compare-toolbar__sub">
            {[formatEventDate(event.date), event.place, `${columns.length} ${columns.length === 1 ? 'source' : 'sources'}`].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div className="compare-toolbar__stats" aria-label="Summary">
          <span className={`compare-stat ${open > 0 ? 'compare-stat--conflict' : ''}`}>
            <strong>{discrepancies.length}</strong> {discrepancies.length === 1 ? 'discrepancy' : 'discrepancies'}
            {discrepancies.length > 0 && ` (${open} open)`}
          </span>
          <span className="compare-stat compare-stat--agree">
            <strong>{agreements.length}</strong> agreed
          </span>
          <span className="compare-stat">
            <strong>{onlyIn.length}</strong> in one source only
          </span>
        </div>
      </div>
      <div className="compare-page__scroll">
        {columns.length === 0 ? (
          <p className="compare-card__empty">No passages are linked to this event yet. Link passages from two or more sources to compare them.</p>
        ) : (
          <div className="event-columns" style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(260px, 1fr))` }}>
            {columns.map((column) => (
              <SourceColumn key={column.source.id} column={column} disputed={disputed} />
            ))}
          </div>
        )}
        <DiscrepancyTable eventId={eventId} discrepancies={discrepancies} sources={columns.map((c) => c.source)} />
        <ClaimGroups title="Agreements" groups={agreements} names={names} empty="No claims that several accounts share yet." />
        <ClaimGroups title="Only in one source" groups={onlyIn} names={names} empty="Every claim is made by more than one account." />
      </div>
    </section>
  );
}
