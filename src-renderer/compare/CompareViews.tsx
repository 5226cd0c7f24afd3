// The Compare place: the pickers page, one event compared across its sources, or sources side by side.

import type { CompareRoute } from './compare-route.ts';
import { CompareHome } from './CompareHome.tsx';
import { EventComparisonView } from './event/EventComparisonView.tsx';
import { SourceComparisonView } from './sources/SourceComparisonView.tsx';
import './compare.css';

export function CompareViews({ route }: { route: CompareRoute }) {
  if (route.view === 'compareEvent') return <EventComparisonView key={route.eventId} eventId={route.eventId} />;
  if (route.view === 'compareSources') return <SourceComparisonView key={route.sourceIds.join(',')} sourceIds={route.sourceIds} />;
  return <CompareHome />;
}
