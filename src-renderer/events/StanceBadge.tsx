// A passage's stance towards an event as a small colored badge: reports (green), disputes (red),
// context (grey); and the labels the stance pickers share.

import type { Stance } from '../../src-main/core/events/event-types.ts';

export const stanceLabels: Record<Stance, string> = { reports: 'Reports', disputes: 'Disputes', context: 'Context' };
export const stanceList: readonly Stance[] = ['reports', 'disputes', 'context'];

export function StanceBadge({ stance }: { stance: Stance }) {
  return <span className={`ev-stance ev-stance--${stance}`}>{stanceLabels[stance]}</span>;
}
