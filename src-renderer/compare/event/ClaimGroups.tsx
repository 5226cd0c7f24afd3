// A collapsed list of claim groups (the agreements, or what only one source says): the claim, then each
// source's value and quote.

import type { GroupView } from '../../../src-main/core/compare/compare-event.ts';

interface Props {
  title: string;
  groups: readonly GroupView[];
  names: ReadonlyMap<string, string>;
  empty: string;
}

export function ClaimGroups({ title, groups, names, empty }: Props) {
  return (
    <details className="compare-section compare-section--collapsible">
      <summary className="compare-section__title">
        {title} <span className="compare-section__count">{groups.length}</span>
      </summary>
      {groups.length === 0 ? (
        <p className="compare-card__empty">{empty}</p>
      ) : (
        <ul className="claim-groups">
          {groups.map((group) => (
            <li key={group.key} className="claim-group">
              <span className="discrepancy-table__label">{group.label}</span>
              <span className={`cmp-kind cmp-kind--${group.kind}`}>{group.kind}</span>
              <ul className="discrepancy-table__says">
                {group.sources.map((s) => (
                  <li key={s.sourceId}>
                    <span className="discrepancy-table__source">{names.get(s.sourceId) ?? s.sourceTitle}</span>
                    <span className="discrepancy-table__values">
                      {s.claims.map((c) => (
                        <span key={`${c.start}`} className="claim-value">
                          {c.display}
                        </span>
                      ))}
                    </span>
                    {s.claims[0] && <q className="discrepancy-table__quote">{s.claims[0].quote}</q>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
