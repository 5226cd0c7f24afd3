// Compare by source: two to four sources in columns, aligned passages in shared rows (so the columns
// scroll together) with their score and word diff, unaligned paragraphs as gaps, and "find this passage".

import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { openCompare } from '../compare-route.ts';
import { sourceByline } from '../format.ts';
import { useSideBySide, type FindPassageInput } from '../use-compare.ts';
import { AlignedRows } from './AlignedRows.tsx';
import { displayRows } from './display-rows.ts';
import { FindPassagePanel, revealInColumn } from './FindPassagePanel.tsx';

export function SourceComparisonView({ sourceIds }: { sourceIds: string[] }) {
  const compared = useSideBySide(sourceIds);
  const [find, setFind] = useState<FindPassageInput | null>(null);
  const [onlyAligned, setOnlyAligned] = useState(false);
  useDocumentTitle('Compare sources');
  const rows = useMemo(() => (compared.data ? displayRows(compared.data.rows, compared.data.texts) : []), [compared.data]);

  const header = (
    <button type="button" className="button button--ghost button--small compare-toolbar__back" onClick={() => openCompare()}>
      ← Compare
    </button>
  );
  if (compared.isError) {
    return (
      <div className="compare-page">
        {header}
        <ErrorAlert title="These sources could not be compared." error={compared.error} onRetry={() => void compared.refetch()} />
      </div>
    );
  }
  if (compared.isPending) {
    return (
      <div className="compare-page compare-page__loading" role="status">
        Aligning the sources…
      </div>
    );
  }
  const { sources } = compared.data;
  const alignedCount = rows.filter((r) => r.aligned).length;
  const shown = onlyAligned ? rows.filter((r) => r.aligned) : rows;
  const columns = `repeat(${sources.length}, minmax(240px, 1fr))`;
  const ask = (sourceIndex: number, start: number, end: number) => {
    const origin = sources[sourceIndex];
    if (origin) setFind({ sourceId: origin.id, start, end, sourceIds: sources.filter((s) => s.id !== origin.id).map((s) => s.id), limit: 3 });
  };

  return (
    <section className="compare-page" aria-labelledby="compare-sources-heading">
      <div className="compare-toolbar">
        <div>
          {header}
          <h1 id="compare-sources-heading" className="compare-toolbar__heading">
            {sources.length} sources side by side
          </h1>
          <p className="compare-toolbar__sub">Rows follow the first source. Select text or use “Find” on a passage to look for it in the other sources.</p>
        </div>
        <div className="compare-toolbar__stats">
          <span className="compare-stat compare-stat--agree">
            <strong>{alignedCount}</strong> aligned {alignedCount === 1 ? 'passage' : 'passages'}
          </span>
          <label className="compare-toggle">
            <input type="checkbox" checked={onlyAligned} onChange={(e) => setOnlyAligned(e.target.checked)} /> Aligned only
          </label>
          <span className="diff-legend" aria-hidden="true">
            <del className="diff-del">removed</del> <ins className="diff-ins">added</ins>
          </span>
        </div>
      </div>
      <div className={`side-by-side ${find ? 'side-by-side--with-panel' : ''}`}>
        <div className="side-by-side__scroll" data-testid="side-by-side">
          <div className="side-by-side__grid" style={{ gridTemplateColumns: columns }}>
            {sources.map((source, k) => (
              <header key={source.id} className="side-by-side__head" data-compare-source={source.id} style={{ gridColumn: k + 1 }}>
                <p className="event-column__publisher">
                  {k === 0 ? 'Rows follow · ' : ''}
                  {source.publisher ?? 'Unknown publisher'}
                </p>
                <h2 className="event-column__title">{source.title}</h2>
                <p className="event-column__meta">{sourceByline(source).slice(1).join(' · ')}</p>
              </header>
            ))}
            <AlignedRows rows={shown} onFind={ask} />
          </div>
        </div>
        {find && <FindPassagePanel input={find} onClose={() => setFind(null)} showLabel="Show in its column" onShow={revealInColumn} />}
      </div>
    </section>
  );
}
