// The reader's comfort settings: the reading text's size and the line width,
// remembered across sessions and applied as CSS custom properties on <html>.

import { storedPreference } from './stored-preference.ts';

export const defaultReadingSize = 18;
const minReadingSize = 12;
const maxReadingSize = 32;
const sizeStep = 2;

export const readingSize = storedPreference<number>(
  'sourcebench:reading-size',
  defaultReadingSize,
  (value): value is number => typeof value === 'number' && Number.isInteger(value) && value >= minReadingSize && value <= maxReadingSize,
);

export const lineWidths = { narrow: '55ch', medium: '65ch', wide: '80ch', full: '100%' } as const;
export type LineWidth = keyof typeof lineWidths;
export const lineWidthLabels: Record<LineWidth, string> = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide', full: 'Full width' };

export const lineWidth = storedPreference<LineWidth>('sourcebench:line-width', 'medium', (value): value is LineWidth => typeof value === 'string' && value in lineWidths);

export function growReadingText(direction: 1 | -1): void {
  readingSize.set(Math.min(maxReadingSize, Math.max(minReadingSize, readingSize.get() + direction * sizeStep)));
}

export function resetReadingText(): void {
  readingSize.set(defaultReadingSize);
}

export function canGrowReadingText(direction: 1 | -1): boolean {
  return direction === 1 ? readingSize.get() < maxReadingSize : readingSize.get() > minReadingSize;
}

/** Applies both settings now and on every change. Called once, before the first render. */
export function followReadingPrefs(): void {
  const apply = () => {
    const style = document.documentElement.style;
    style.setProperty('--text-reading', `${readingSize.get()}px`);
    style.setProperty('--reading-measure', lineWidths[lineWidth.get()]);
  };
  apply();
  readingSize.subscribe(apply);
  lineWidth.subscribe(apply);
}
