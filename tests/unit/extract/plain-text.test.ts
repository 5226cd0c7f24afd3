// The whole plain-text path on invented web clips of kinds the corpus does not have: a page
// copied with its menus, share buttons and footer, and a wire story with a byline and date.

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src-main/core/sources/extract/extract-document.ts';
import type { ExtractedDocument } from '../../../src-main/core/sources/extract/extract-document.ts';
import { assembleReadingText } from '../../../src-main/core/sources/extract/reading-text.ts';

const CLIPPED_PAGE = `Skip to main content
The Example Ledger
Politics
Business
Culture

World news
Farmers protest over new water rules in the valley

Thousands gathered outside the regional parliament on Monday as lawmakers debated limits on irrigation

Leila Haddad in Rivertown
Mon 12 Apr 2021 14.05 BST
Share on Facebook
Share on Twitter

Thousands of farmers gathered outside the regional parliament on Monday to protest against new limits on irrigation, which they say will ruin harvests across the valley.

The rules, proposed by the environment ministry, would cap the amount of water each farm can draw from the river during the summer months. Officials say the river has fallen to its lowest level in forty years.

By May, the ministry hopes to have a compromise ready, a spokesperson told reporters.

Advertisement

“We are not against saving water,” said a wheat farmer from the north of the valley. “We are against rules written by people who have never seen a dry field.”

Photograph: Anna Lind/Example Photo Agency
Farmers block the road outside parliament on Monday.

Topics
Farming
Water
Protest
Most popular
`;

const WIRE_STORY = `Menu
Search

Officials weigh new limits on drone flights near airports
By Maria Chen and David Okoro, Example Wire
Updated 3:04 PM EDT, Tue September 29, 2020

LISBON (Example Wire) — Aviation officials are weighing new limits on drone flights near major airports after a series of close calls this summer, according to three people familiar with the discussions who spoke on condition of anonymity.

The proposal would create a five-mile buffer around the country’s 30 busiest airports, the people said. Pilots reported more than 200 drone sightings near runways between June and August, up from about 120 in the same period last year.

“We have been lucky so far,” said a former safety inspector. “Luck is not a policy.”

The agency declined to comment on the discussions.
`;

function extract(text: string): { doc: ExtractedDocument; reading: string; reasons: Map<string, string> } {
  const doc = extractDocument('clip.txt', new TextEncoder().encode(text));
  const reasons = new Map(doc.removed.map((removed) => [doc.lines[removed.line] ?? '', removed.reason]));
  return { doc, reading: assembleReadingText(doc.lines, new Set(doc.removed.map((removed) => removed.line))), reasons };
}

describe('a page copied with its chrome', () => {
  const { doc, reading, reasons } = extract(CLIPPED_PAGE);

  it('finds the headline under the menus and the date line, and leaves unknown fields empty', () => {
    expect(doc.metadata).toMatchObject({
      title: 'Farmers protest over new water rules in the valley',
      author: null,
      publishedAt: '2021-04-12',
      kind: 'news',
      language: 'en',
    });
  });

  it('removes menus, share buttons, the ad marker, the photo caption and the footer links', () => {
    for (const line of ['Skip to main content', 'The Example Ledger', 'Politics', 'Culture', 'World news', 'Share on Facebook', 'Advertisement', 'Photograph: Anna Lind/Example Photo Agency', 'Farming', 'Most popular']) {
      expect(reasons.has(line), line).toBe(true);
    }
  });

  it('keeps the article, including its "By May, …" sentence', () => {
    expect(reading.startsWith('Farmers protest over new water rules in the valley')).toBe(true);
    expect(reading).toContain('Thousands gathered outside the regional parliament on Monday as lawmakers debated limits on irrigation');
    expect(reading).toContain('By May, the ministry hopes to have a compromise ready, a spokesperson told reporters.');
    expect(reading).toContain('“We are against rules written by people who have never seen a dry field.”');
    expect(doc.metadata.author).toBeNull();
  });
});

describe('a wire story', () => {
  const { doc, reading } = extract(WIRE_STORY);

  it('reads byline, updated date and the wire service', () => {
    expect(doc.metadata).toMatchObject({
      title: 'Officials weigh new limits on drone flights near airports',
      author: 'Maria Chen and David Okoro',
      publisher: 'Example Wire',
      publishedAt: '2020-09-29',
      kind: 'news',
    });
  });

  it('removes only the menu words, keeping the byline and every paragraph', () => {
    expect(reading).toContain('By Maria Chen and David Okoro, Example Wire');
    expect(reading).toContain('The agency declined to comment on the discussions.');
    expect(doc.removed.map((removed) => doc.lines[removed.line])).toEqual(['Menu', 'Search']);
  });
});
