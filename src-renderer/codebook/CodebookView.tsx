// The codebook page: every tag in its hierarchy with color, description and
// count on the left; the chosen tag's settings (rename, recolor, move, merge,
// delete) on the right; a form to add tags on top.

import { useState } from 'react';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { NewTagForm } from './NewTagForm.tsx';
import { TagDetails } from './TagDetails.tsx';
import { TagTree } from './TagTree.tsx';
import { useTags } from './use-tags.ts';
import './codebook.css';
import './tag-colors.css';

export function CodebookView() {
  const tags = useTags();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  useDocumentTitle('Codebook');

  const list = tags.data ?? [];
  const selected = list.find((tag) => tag.id === selectedId) ?? null;
  const uses = list.reduce((sum, tag) => sum + tag.count, 0);

  return (
    <section className="codebook" aria-labelledby="codebook-heading">
      <div className="codebook__toolbar">
        <div className="codebook__heading-group">
          <h1 id="codebook-heading" className="codebook__heading">
            Codebook
          </h1>
          {tags.data && (
            <span className="codebook__stats">
              {list.length} {list.length === 1 ? 'tag' : 'tags'} · {uses} {uses === 1 ? 'use' : 'uses'} on highlights
            </span>
          )}
        </div>
        <NewTagForm tags={list} onCreated={setSelectedId} />
      </div>
      {tags.isError ? (
        <ErrorAlert title="The codebook could not be loaded." error={tags.error} onRetry={() => void tags.refetch()} />
      ) : tags.isPending ? (
        <div className="codebook__loading" role="status">
          Loading the codebook…
        </div>
      ) : (
        <div className="codebook__body">
          <div className="codebook__tree">
            {list.length === 0 ? (
              <div className="codebook__empty">
                <p className="codebook__empty-title">No tags yet</p>
                <p>Create tags here, or type a new tag name on a highlight in the reader. Tags can be nested to build a coding scheme.</p>
              </div>
            ) : (
              <TagTree tags={list} selectedId={selectedId} onSelect={setSelectedId} />
            )}
          </div>
          <aside className="codebook__detail" aria-label="Tag settings">
            {selected ? (
              <TagDetails key={selected.id} tag={selected} tags={list} onSelect={setSelectedId} />
            ) : (
              <p className="codebook__hint">Choose a tag to rename, recolor, move, merge or delete it.</p>
            )}
          </aside>
        </div>
      )}
    </section>
  );
}
