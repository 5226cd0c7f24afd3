// The reader's side panel as the user left it: its width and whether it is
// hidden. Remembered for every project (it is about the screen, not the work).

import { storedPreference } from '../appearance/stored-preference.ts';

export const sidePanelBounds = { min: 260, max: 640, step: 24, initial: 360 } as const;

export const sidePanelWidth = storedPreference<number>(
  'sourcebench:side-panel-width',
  sidePanelBounds.initial,
  (value): value is number => typeof value === 'number' && value >= sidePanelBounds.min && value <= sidePanelBounds.max,
);

export const sidePanelHidden = storedPreference<boolean>('sourcebench:side-panel-hidden', false, (value): value is boolean => typeof value === 'boolean');

export function clampSidePanel(width: number): number {
  return Math.round(Math.min(sidePanelBounds.max, Math.max(sidePanelBounds.min, width)));
}
