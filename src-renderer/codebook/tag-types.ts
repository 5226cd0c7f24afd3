// A codebook tag as the contract returns it, and the renderer's list of tag
// colors (checked against the contract's, both ways).

import type { TagColor } from '../../src-main/core/codebook/tag-types.ts';
import type { OperationOutput } from '../../src-main/core/api/operations.ts';

export type Tag = OperationOutput<'tags.list'>[number];
export type { TagColor };

export const tagColors = ['gray', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink'] as const satisfies readonly TagColor[];

// Fails to compile when the contract gains a color this list lacks.
type MissingColor = Exclude<TagColor, (typeof tagColors)[number]>;
const everyColorListed: MissingColor extends never ? true : false = true;
void everyColorListed;

export const tagColorLabels: Record<TagColor, string> = {
  gray: 'Gray',
  red: 'Red',
  orange: 'Orange',
  yellow: 'Yellow',
  green: 'Green',
  teal: 'Teal',
  blue: 'Blue',
  purple: 'Purple',
  pink: 'Pink',
};

/** A color class for any color string the core sends (a tag reference carries it untyped). */
export function tagColorClass(color: string): string {
  return `tag-color--${tagColors.find((known) => known === color) ?? 'gray'}`;
}
