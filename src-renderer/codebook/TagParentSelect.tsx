// A select of where a tag can sit: the top level or under any tag (shown as
// its path), leaving out the ones that would put a tag inside itself.

import { flattenTree, buildTagTree, tagPath } from './tag-tree.ts';
import type { Tag } from './tag-types.ts';

interface TagParentSelectProps {
  id: string;
  tags: readonly Tag[];
  value: string | null;
  excluded?: ReadonlySet<string>;
  disabled?: boolean;
  /** What the empty choice means: the top level for a parent, "nothing chosen" elsewhere. */
  emptyLabel?: string;
  onChange: (parentId: string | null) => void;
}

export function TagParentSelect({ id, tags, value, excluded, disabled, emptyLabel = 'Top level', onChange }: TagParentSelectProps) {
  const options = flattenTree(buildTagTree(tags)).filter((node) => !excluded?.has(node.tag.id));
  return (
    <select id={id} className="field-control" value={value ?? ''} disabled={disabled} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
      <option value="">{emptyLabel}</option>
      {options.map(({ tag }) => (
        <option key={tag.id} value={tag.id}>
          {tagPath(tags, tag.id)}
        </option>
      ))}
    </select>
  );
}
