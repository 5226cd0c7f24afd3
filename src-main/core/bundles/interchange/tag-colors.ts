// Our named tag colors as the RGB values other tools store (REFI-QDA codes
// carry "#RRGGBB"), and back: an imported color becomes the nearest name.

import { tagColors, type TagColor } from '../../codebook/tag-types.ts';

const rgbOf: Record<TagColor, string> = {
  gray: '#9E9E9E',
  red: '#E53935',
  orange: '#FB8C00',
  yellow: '#FDD835',
  green: '#43A047',
  teal: '#00897B',
  blue: '#1E88E5',
  purple: '#8E24AA',
  pink: '#D81B60',
};

export function tagColorRgb(color: TagColor): string {
  return rgbOf[color];
}

/** The nearest of our colors to "#RGB" or "#RRGGBB"; gray for anything else. */
export function nearestTagColor(rgb: string | undefined): TagColor {
  const channels = parseRgb(rgb);
  if (channels === null) return 'gray';
  let best: TagColor = 'gray';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const color of tagColors) {
    const [r, g, b] = parseRgb(rgbOf[color]) ?? [0, 0, 0];
    const distance = (r - channels[0]) ** 2 + (g - channels[1]) ** 2 + (b - channels[2]) ** 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = color;
    }
  }
  return best;
}

function parseRgb(rgb: string | undefined): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/iu.exec(rgb?.trim() ?? '')?.[1];
  if (hex === undefined) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}
