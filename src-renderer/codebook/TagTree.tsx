// The codebook's tags drawn as an indented tree (nested lists), each row a
// button showing color, name, description and how many highlights carry it.
// Up/Down move between rows.

import type { KeyboardEvent } from 'react';
import { buildTagTree, type TagNode } from './tag-tree.ts';
import { tagColorClass, type Tag } from './tag-types.ts';

interface TagTreeProps {
  tags: readonly Tag[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function TagTree({ tags, selectedId, onSelect }: TagTreeProps) {
  const renderNodes = (nodes: readonly TagNode[]) =>
    nodes.map(({ tag, depth, children }) => (
      <li key={tag.id}>
        <button
          type="button"
          className={`tag-row${tag.id === selectedId ? ' tag-row--selected' : ''}`}
          aria-current={tag.id === selectedId ? 'true' : undefined}
          data-depth={Math.min(depth, 6)}
          data-tag-id={tag.id}
          onClick={() => onSelect(tag.id)}
        >
          <span className={`tag-dot ${tagColorClass(tag.color)}`} aria-hidden="true" />
          <span className="tag-row__name">{tag.name}</span>
          {tag.description !== '' && <span className="tag-row__description">{tag.description}</span>}
          <span
            className="tag-row__count"
            title={`${tag.totalCount} ${tag.totalCount === 1 ? 'highlight' : 'highlights'} under this tag, ${tag.count} tagged with it directly`}
          >
            {tag.totalCount}
            <span className="visually-hidden"> {tag.totalCount === 1 ? 'highlight' : 'highlights'} under this tag</span>
          </span>
        </button>
        {children.length > 0 && <ul className="tag-tree__children">{renderNodes(children)}</ul>}
      </li>
    ));

  return (
    <div className="tag-tree-box">
      <div className="tag-tree__head" aria-hidden="true">
        <span>Tag</span>
        <span>Highlights</span>
      </div>
      <ul className="tag-tree" aria-label="Tags" onKeyDown={moveBetweenRows}>
        {renderNodes(buildTagTree(tags))}
      </ul>
    </div>
  );
}

function moveBetweenRows(event: KeyboardEvent<HTMLUListElement>): void {
  const target = event.target;
  if (!(target instanceof HTMLElement) || !target.classList.contains('tag-row')) return;
  const rows = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('.tag-row'));
  const index = rows.indexOf(target);
  const next = event.key === 'ArrowDown' ? rows[index + 1] : event.key === 'ArrowUp' ? rows[index - 1] : undefined;
  if (next === undefined) return;
  event.preventDefault();
  next.focus();
}
