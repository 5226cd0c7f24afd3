// The codebook's flat list of tags as a tree (by parentId), in name order,
// and the questions the views ask of it: a tag's path, its descendants.

import type { Tag } from './tag-types.ts';

export interface TagNode {
  tag: Tag;
  depth: number;
  children: TagNode[];
}

export function buildTagTree(tags: readonly Tag[]): TagNode[] {
  const byParent = new Map<string | null, Tag[]>();
  const known = new Set(tags.map((tag) => tag.id));
  for (const tag of tags) {
    // A parent missing from the list (should not happen) puts the tag at the top rather than losing it.
    const parent = tag.parentId !== null && known.has(tag.parentId) ? tag.parentId : null;
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(tag);
    else byParent.set(parent, [tag]);
  }
  const grow = (parent: string | null, depth: number, seen: Set<string>): TagNode[] =>
    (byParent.get(parent) ?? [])
      .filter((tag) => !seen.has(tag.id))
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }))
      .map((tag) => ({ tag, depth, children: grow(tag.id, depth + 1, new Set([...seen, tag.id])) }));
  return grow(null, 0, new Set());
}

/** The tree in display order, depth first. */
export function flattenTree(nodes: readonly TagNode[]): TagNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** "Parent / Child" names, for pickers where the hierarchy is not drawn. */
export function tagPath(tags: readonly Tag[], id: string): string {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const names: string[] = [];
  for (let tag = byId.get(id); tag !== undefined && names.length < 20; tag = tag.parentId === null ? undefined : byId.get(tag.parentId)) {
    names.unshift(tag.name);
  }
  return names.join(' / ');
}

/** The ids of a tag's children, grandchildren and so on. */
export function descendantIds(tags: readonly Tag[], id: string): Set<string> {
  const found = new Set<string>();
  const visit = (parentId: string) => {
    for (const tag of tags) {
      if (tag.parentId === parentId && !found.has(tag.id)) {
        found.add(tag.id);
        visit(tag.id);
      }
    }
  };
  visit(id);
  return found;
}
