// The shape of a codebook tag as the contract returns it.

export const tagColors = ['gray', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink'] as const;
export type TagColor = (typeof tagColors)[number];

export interface Tag {
  id: string;
  parentId: string | null;
  name: string;
  color: TagColor;
  description: string;
  /** Highlights carrying this tag itself. */
  count: number;
  /** Highlights carrying this tag or any tag below it, each counted once. */
  totalCount: number;
  createdAt: string;
  updatedAt: string;
}
