// The reader's metadata panel: every field of the source editable in place,
// then the facts the user cannot change (file, format, import, revision).

import { formatImportedAt } from '../library/format-cells.ts';
import { KindField } from './KindField.tsx';
import { MetadataField } from './MetadataField.tsx';
import type { SourceDetail } from './source-detail.ts';

/** `highlightCount` is the live count from the highlights list, which changes without refetching the source. */
export function MetadataPanel({ source, highlightCount }: { source: SourceDetail; highlightCount?: number | undefined }) {
  const id = source.id;
  return (
    <section className="side-section" aria-labelledby="metadata-heading">
      <h2 id="metadata-heading" className="side-section__title">
        Details
      </h2>
      <p className="side-section__intro">Changes are saved when you press Enter or leave a field.</p>
      <div className="meta-fields">
        <MetadataField sourceId={id} field="title" label="Title" value={source.title} multiline />
        <MetadataField sourceId={id} field="author" label="Author" value={source.author} />
        <MetadataField sourceId={id} field="publisher" label="Publisher" value={source.publisher} />
        <MetadataField
          sourceId={id}
          field="publishedAt"
          label="Date"
          value={source.publishedAt}
          placeholder="YYYY-MM-DD"
          hint="YYYY, YYYY-MM or YYYY-MM-DD"
        />
        <div className="meta-fields__pair">
          <KindField sourceId={id} value={source.kind} />
          <MetadataField sourceId={id} field="language" label="Language" value={source.language} placeholder="en" />
        </div>
        <MetadataField sourceId={id} field="url" label="URL" value={source.url} placeholder="https://…" inputMode="url" />
      </div>
      <dl className="meta-facts">
        <dt>File</dt>
        <dd title={source.fileName ?? undefined}>{source.fileName ?? 'Pasted text'}</dd>
        <dt>Format</dt>
        <dd>{source.format}</dd>
        <dt>Imported</dt>
        <dd>{formatImportedAt(source.importedAt)}</dd>
        <dt>Revision</dt>
        <dd>
          {source.revision.number} <span className="meta-facts__muted">({source.revision.reason})</span>
        </dd>
        <dt>Highlights</dt>
        <dd>{highlightCount ?? source.highlightCount}</dd>
      </dl>
    </section>
  );
}
