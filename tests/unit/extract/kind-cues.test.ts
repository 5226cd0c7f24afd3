// Kind detection on the cues a brief and a witness account give: an author note naming a
// researcher at the end, a piece that calls itself a brief, a think tank as publisher, and
// a writer telling what they saw in the first person (not a news report, so no kind at all).

import { describe, expect, it } from 'vitest';
import { documentRegions } from '../../../src-main/core/sources/extract/document-regions.ts';
import { detectKind } from '../../../src-main/core/sources/extract/metadata/kind.ts';
import type { LineView } from '../../../src-main/core/sources/extract/metadata/line-view.ts';

function view(lines: string[]): LineView {
  const removed = new Set<number>();
  return { lines, removed, ...documentRegions(lines, removed) };
}

// Reported speech dense enough to score as news on its own.
const REPORTED = [
  'The harbour board said on Monday that the valve had been checked in the spring, and the union said it had not been checked for three years at least.',
  'Officials said the inquiry would take months, and the mayor told reporters that the families would be told everything the inquiry finds out about the night of the fire.',
  'According to the board, the alarm sounded two minutes before the blast; the fire service said its crews arrived within nine minutes, which the board said was fast.',
];

describe('kind, from the cues analysis and witness accounts give', () => {
  const briefLines = [
    'After the fire: maintenance and the depot',
    'This brief sets out what is known about the depot fire and what the public record can support.',
    ...REPORTED,
    'Jane Roe is a senior fellow at the Example Policy Forum, where she works on public infrastructure.',
  ];

  it('calls a brief by a senior fellow, published by a policy forum, analysis despite its reported speech', () => {
    expect(detectKind(view(briefLines), 'Example Policy Forum', null)).toBe('analysis');
  });

  it('needs more than reported speech: the same text without those cues stays news', () => {
    const plain = [briefLines[0] ?? '', 'The depot fire left four dead and the town asking what failed on the quay that night.', ...REPORTED];
    expect(detectKind(view(plain), 'Example Daily News', null)).toBe('news');
  });

  it('leaves a first-person witness account empty rather than calling it news', () => {
    const witness = [
      'What I saw on the quay',
      'I have lived on this street for nineteen years, and I have never heard a sound like the one I heard that night when I was out with my dog.',
      ...REPORTED,
      'I want to write this down while it is clear in my head, because what I read in the papers does not match what I saw myself.',
    ];
    expect(detectKind(view(witness), null, null)).toBeNull();
  });

  it('does not count first person inside quotations: a report quoting witnesses is still news', () => {
    const report = [
      'Four dead in depot fire',
      '"I heard two bangs and I saw the sky go orange," said one resident, who asked that her name not be used; "my windows shook," said another.',
      ...REPORTED,
    ];
    expect(detectKind(view(report), null, null)).toBe('news');
  });
});
