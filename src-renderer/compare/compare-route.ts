// The comparison's places in the URL hash: the Compare page (pickers), one event compared
// (#/compare/event/ID) and two to four sources side by side (#/compare/sources/A,B[,C,D]).

export type CompareRoute = { view: 'compare' } | { view: 'compareEvent'; eventId: string } | { view: 'compareSources'; sourceIds: string[] };

export function parseCompareRoute(hash: string): CompareRoute | null {
  if (hash === '#/compare') return { view: 'compare' };
  try {
    const event = /^#\/compare\/event\/([^/]+)$/.exec(hash);
    if (event?.[1]) return { view: 'compareEvent', eventId: decodeURIComponent(event[1]) };
    const sources = /^#\/compare\/sources\/([^/]+)$/.exec(hash);
    if (sources?.[1]) return { view: 'compareSources', sourceIds: sources[1].split(',').filter((s) => s !== '').map(decodeURIComponent) };
  } catch {
    return { view: 'compare' };
  }
  return null;
}

export function compareHref(route: CompareRoute): string {
  if (route.view === 'compareEvent') return `#/compare/event/${encodeURIComponent(route.eventId)}`;
  if (route.view === 'compareSources') return `#/compare/sources/${route.sourceIds.map(encodeURIComponent).join(',')}`;
  return '#/compare';
}

export function openCompare(route: CompareRoute = { view: 'compare' }): void {
  window.location.hash = compareHref(route);
}
