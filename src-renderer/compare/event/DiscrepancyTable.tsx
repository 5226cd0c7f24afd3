// The discrepancies of an event: what is claimed, which source says what (quoted), and the user's
// verdict: resolve (trusted account and a note), or see the resolution, flagged when stale, and reopen it.

import type { DiscrepancyView } from '../../../src-main/core/compare/compare-event.ts';
import type { SourceCard } from '../../../src-main/core/compare/source-claims.ts';
import { ResolutionCell } from './ResolutionCell.tsx';

interface Props {
  eventId: string;
  discrepancies: readonly DiscrepancyView[];
  sources: readonly SourceCard[];
}

export function DiscrepancyTable({ eventId, discrepancies, sources }: Props) {
  const names = new Map(sources.map((s) => [s.id, s.publisher ?? s.title]));
  return (
    <section className="compare-section" aria-labelledby="discrepancies-heading">
      <h2 id="discrepancies-heading" className="compare-section__title">
        Discrepancies <span className="compare-section__count">{discrepancies.length}</span>
      </h2>
      {discrepancies.length === 0 ? (
        <p className="compare-card__empty">The linked passages do not contradict each other on any claim the workbench can read.</p>
      ) : (
        <table className="discrepancy-table">
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Who says what</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {discrepancies.map((d) => (
              <tr key={d.key} data-testid="discrepancy" data-key={d.key} className={d.resolution && !d.resolution.stale ? 'discrepancy--resolved' : ''}>
                <th scope="row" className="discrepancy-table__claim">
                  <span className="discrepancy-table__label">{d.label}</span>
                  <span className={`cmp-kind cmp-kind--${d.kind}`}>{d.kind}</span>
                </th>
                <td>
                  <ul className="discrepancy-table__says">
                    {d.sources.map((s) => (
                      <li key={s.sourceId}>
                        <span className="discrepancy-table__source">{names.get(s.sourceId) ?? s.sourceTitle}</span>
                        <span className="discrepancy-table__values">
                          {s.claims.map((c) => (
                            <span key={`${c.start}`} className={`claim-value ${c.excluded !== null ? 'claim-value--excluded' : ''}`} title={c.excluded ?? undefined}>
                              {c.display}
                            </span>
                          ))}
                        </span>
                        {s.claims[0] && <q className="discrepancy-table__quote">{s.claims[0].quote}</q>}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="discrepancy-table__verdict">
                  <ResolutionCell eventId={eventId} discrepancy={d} names={names} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
