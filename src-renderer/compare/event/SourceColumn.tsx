// One source's column in an event comparison: its metadata on top, then its linked passages in reading
// order with the claims read from each marked in the text and listed (differences stand out in red).

import type { Column, PassageView } from '../../../src-main/core/compare/compare-event.ts';
import { openSource } from '../../app/route.ts';
import { sourceByline } from '../format.ts';
import { ClaimMarkedText } from './ClaimMarkedText.tsx';

export function SourceColumn({ column, disputed }: { column: Column; disputed: ReadonlySet<string> }) {
  const { source, passages } = column;
  return (
    <article className="event-column" aria-label={source.title} data-testid="event-column">
      <header className="event-column__head">
        <p className="event-column__publisher">{source.publisher ?? 'Unknown publisher'}</p>
        <h2 className="event-column__title">
          <a href={`#/sources/${encodeURIComponent(source.id)}`} onClick={(e) => (e.preventDefault(), openSource(source.id))}>
            {source.title}
          </a>
        </h2>
        <p className="event-column__meta">{sourceByline(source).slice(1).join(' · ')}</p>
      </header>
      <ol className="event-column__passages">
        {passages.map((passage) => (
          <PassageCard key={passage.linkId} passage={passage} disputed={disputed} />
        ))}
      </ol>
    </article>
  );
}

function PassageCard({ passage, disputed }: { passage: PassageView; disputed: ReadonlySet<string> }) {
  const claims = passage.claims;
  return (
    <li className={`event-passage event-passage--${passage.stance}`}>
      <div className="event-passage__top">
        <span className={`stance-badge stance-badge--${passage.stance}`}>{passage.stance}</span>
        {passage.status !== 'anchored' && <span className="stance-badge stance-badge--warn">{passage.status}</span>}
      </div>
      <blockquote className="event-passage__text">
        <ClaimMarkedText text={passage.exact} start={passage.start} claims={claims} disputed={disputed} />
      </blockquote>
      {passage.note !== '' && <p className="event-passage__note">{passage.note}</p>}
      {claims.length > 0 && (
        <ul className="claim-chips" aria-label="Claims">
          {claims.map((claim) => {
            const conflict = disputed.has(claim.key) && claim.excluded === null;
            return (
              <li
                key={`${claim.key}:${claim.start}`}
                className={`claim-chip claim-chip--${claim.kind} ${conflict ? 'claim-chip--conflict' : ''} ${claim.excluded !== null ? 'claim-chip--excluded' : ''}`}
                title={claim.excluded !== null ? `Not compared: ${claim.excluded}` : `“${claim.text}”`}
              >
                <span className="claim-chip__label">{claim.label}</span>
                <span className="claim-chip__value">{claim.display}</span>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
