// The labelled set the comparison is measured on: which passages of the shared corpus and of our sample
// correspond, which events they report, and which claims conflict. Passages are named by short phrases
// that the harness finds in the imported reading text (never whole paragraphs of the corpus).

import type { ClaimKind } from '../../../src-main/core/compare/claims/types.ts';

/** The seven documents: four of our invented sample, three of the shared corpus. */
export const documents = {
  herald: { sample: 'ostra-valley-herald-three-dead.txt' },
  riverline: { sample: 'riverline-news-velmora-explosion.html' },
  forum: { sample: 'ostra-policy-forum-after-quay-seven.md' },
  blog: { sample: 'lower-quay-dispatch-what-i-saw.txt' },
  analysis: { corpus: 'analysis-embassy-attacks-motives.txt' },
  brief: { corpus: 'news-us-warns-embassy-shutdown.txt' },
  report: { corpus: 'news-administration-warns-iraq-embassy.txt' },
} as const;

export type DocumentName = keyof typeof documents;

export interface PhraseRef {
  doc: DocumentName;
  /** Found verbatim in the document's reading text; the first occurrence unless `occurrence` says otherwise. */
  phrase: string;
  occurrence?: number;
}

/** Passages that say the same thing; `b` lists every acceptable partner (a remark may be split or repeated). */
export interface AlignmentCase {
  a: PhraseRef;
  b: readonly PhraseRef[];
  note: string;
}

export const alignmentCases: readonly AlignmentCase[] = [
  // Sample (README "The planted disagreements", item 10 and the facts every account repeats).
  { a: { doc: 'herald', phrase: 'We will not rest until every family' }, b: [{ doc: 'riverline', phrase: 'would not stop until each family' }], note: 'the mayor, direct quote vs reported speech' },
  { a: { doc: 'herald', phrase: 'We will not rest until every family' }, b: [{ doc: 'blog', phrase: 'she will not rest until every family' }], note: 'the mayor, paraphrased by the blog' },
  { a: { doc: 'riverline', phrase: 'would not stop until each family' }, b: [{ doc: 'blog', phrase: 'she will not rest until every family' }], note: 'the mayor, third pairing' },
  { a: { doc: 'herald', phrase: 'Three people were killed and eleven injured' }, b: [{ doc: 'riverline', phrase: 'At least five people died and more than twenty' }], note: 'the toll, different figures' },
  { a: { doc: 'herald', phrase: 'Residents living within 500 metres' }, b: [{ doc: 'riverline', phrase: 'Homes within a kilometre of the quay' }], note: 'the evacuation' },
  { a: { doc: 'herald', phrase: 'said early findings pointed to a pressure fault' }, b: [{ doc: 'forum', phrase: 'told reporters that the evidence pointed to a failed valve' }], note: 'the operations director blames the valve' },
  { a: { doc: 'herald', phrase: 'The authority has suspended all fuel transfers' }, b: [{ doc: 'forum', phrase: 'suspended all fuel transfers at Quay Seven' }], note: 'transfers suspended' },
  { a: { doc: 'herald', phrase: 'had been inspected in March and passed' }, b: [{ doc: 'forum', phrase: 'was inspected in March and passed' }], note: 'the March inspection, reported and quoted' },
  { a: { doc: 'riverline', phrase: 'evidence of deliberate interference' }, b: [{ doc: 'forum', phrase: 'spoke of deliberate interference' }], note: 'the chair claims interference' },
  { a: { doc: 'riverline', phrase: 'said members had reported leaking valves' }, b: [{ doc: 'blog', phrase: 'the valves had been leaking all year' }], note: 'the union on leaks' },
  { a: { doc: 'herald', phrase: 'A petition calling for the depot to be moved' }, b: [{ doc: 'forum', phrase: 'revisit the 2023 petition' }], note: 'the petition' },
  { a: { doc: 'herald', phrase: 'Police said there was no reason at this stage' }, b: [{ doc: 'riverline', phrase: 'too early to speak of sabotage' }], note: 'the police do not speak of sabotage' },
  { a: { doc: 'riverline', phrase: 'Witnesses described a single loud explosion' }, b: [{ doc: 'blog', phrase: 'I heard two bangs, not one' }, { doc: 'blog', phrase: 'a second bang that I felt' }], note: 'one explosion or two (loose)' },
  // Corpus (README: the Rouhani remark, and the facts both news files tell).
  { a: { doc: 'brief', phrase: 'was a “collective duty”' }, b: [{ doc: 'report', phrase: 'was a "collective duty,"' }], note: 'Rouhani, collective duty' },
  { a: { doc: 'brief', phrase: 'Pompeo has warned Iraqi Prime Minister' }, b: [{ doc: 'report', phrase: "Pompeo has warned Iraq's leaders" }], note: 'the warning' },
  // The brief's sentence joins two of the report's: the phone calls, and the militias' attacks on missions.
  {
    a: { doc: 'brief', phrase: 'delivered the message via phone to both Kadhimi' },
    b: [{ doc: 'report', phrase: 'delivered the warning in recent phone calls' }, { doc: 'report', phrase: 'if they did not stop launching attacks on diplomatic missions' }],
    note: 'by phone',
  },
  { a: { doc: 'brief', phrase: 'refused to comment on Pompeo' }, b: [{ doc: 'report', phrase: 'declined to comment on Pompeo' }], note: 'no comment' },
  { a: { doc: 'brief', phrase: 'could be seen as a victory for Iran' }, b: [{ doc: 'report', phrase: 'would be seen as a triumph by Iran' }], note: 'a victory for Iran, reworded' },
  { a: { doc: 'brief', phrase: 'Commander Qassem Soleimani in Baghdad' }, b: [{ doc: 'report', phrase: 'ordered the killing of top Iranian Gen.' }], note: 'the killing of Soleimani' },
  { a: { doc: 'brief', phrase: 'enough to satisfy Washington remains to be seen' }, b: [{ doc: 'report', phrase: 'was not enough to satisfy Washington' }], note: 'not enough for Washington' },
  { a: { doc: 'report', phrase: 'visited Washington last month' }, b: [{ doc: 'analysis', phrase: 'Al-Kazemi visited the United States of America in August 2020' }], note: 'the visit, name spelled two ways' },
  { a: { doc: 'report', phrase: 'reduce its troop presence in Iraq' }, b: [{ doc: 'analysis', phrase: 'would be reduced from 3,000 to 2,500 soldiers' }], note: 'the drawdown, different figures' },
  { a: { doc: 'report', phrase: 'Pompeo delivered the warning in recent phone calls' }, b: [{ doc: 'analysis', phrase: 'issued a strongly worded message' }], note: 'the warning, analysis wording (loose)' },
];

export type Stance = 'reports' | 'disputes' | 'context';

/** A passage the user links to an event: the paragraph (default) or the sentence around a phrase. */
export interface LinkedPassage extends PhraseRef {
  extent?: 'paragraph' | 'sentence';
  stance?: Stance;
}

/** Two sources that disagree on one thing, with a phrase on each side the disagreement must be read from. */
export interface ConflictCase {
  kind: ClaimKind;
  what: string;
  a: readonly PhraseRef[];
  b: readonly PhraseRef[];
}

export interface EventCase {
  name: string;
  title: string;
  date: { start: string; end?: string; precision: 'day' | 'month' | 'year' | 'approximate' };
  passages: readonly LinkedPassage[];
  conflicts: readonly ConflictCase[];
}

const p = (doc: DocumentName, phrase: string): PhraseRef => ({ doc, phrase });

// Evidence phrases per account, reused across the sample's conflicts.
const heraldDeaths = [p('herald', 'Three people were killed'), p('herald', 'Three dead after blast')];
const riverlineDeaths = [p('riverline', 'At least five people died'), p('riverline', 'At least five killed')];
const forumDeaths = [p('forum', 'killed four people'), p('forum', 'confirmed four deaths'), p('forum', 'three people died at the scene')];
const blogDeaths = [p('blog', 'saying a dozen')];
const heraldTime = [p('herald', 'shortly after 11pm on Tuesday')];
const riverlineTime = [p('riverline', 'at about 11.40pm last night')];
const forumTime = [p('forum', 'within two minutes'), p('forum', '23:12 on 9 September')];
const blogTime = [p('blog', 'about half past ten at night')];

export const eventCases: readonly EventCase[] = [
  {
    name: 'quay-seven',
    title: 'Explosion and fire at the Quay Seven fuel terminal, Velmora',
    date: { start: '2025-09-09', precision: 'day' },
    // Nearly every paragraph of the four accounts: the distractors (partial counts, other dates, hearsay) are the test.
    passages: [
      p('herald', 'Three dead after blast'), p('herald', 'Three people were killed and eleven injured'), p('herald', 'Residents living within 500 metres'),
      p('herald', 'under control by four in the morning'), p('herald', 'Two of the dead were night-shift workers'), p('herald', 'Ilya Voronyev, director of operations'),
      p('herald', 'The authority has suspended all fuel transfers'), p('herald', 'Speaking outside the town hall'), p('herald', 'A petition calling for the depot'),
      p('herald', 'Police said there was no reason'),
      p('riverline', 'At least five killed in Velmora'), p('riverline', 'At least five people died'), p('riverline', 'which operates the Quay Seven terminal'),
      p('riverline', 'Ostra Valley Police confirmed'), p('riverline', "the board's operations director"), p('riverline', 'Witnesses described a single loud explosion'),
      p('riverline', 'who visited the injured'), p('riverline', "The dockworkers' union rejected"),
      p('forum', 'killed four people and has been followed'), p('forum', 'a pressure alarm on the transfer line'), p('forum', 'Two days later'),
      p('forum', "the authority's chair said engineers"), p('forum', 'Full inspection of transfer valves'), p('forum', 'The authority has said the valve'),
      p('forum', 'Sabotage cannot be excluded'),
      p('blog', 'I heard last Tuesday'), p('blog', 'It was about half past ten at night'), p('blog', 'I saw a white van parked'),
      p('blog', 'The radio says three people died'), p('blog', 'On Friday the harbour board held a meeting'), p('blog', 'But I heard two bangs'),
      p('blog', 'The mayor says she will not rest'),
    ],
    conflicts: [
      { kind: 'count', what: 'deaths', a: heraldDeaths, b: riverlineDeaths },
      { kind: 'count', what: 'deaths', a: heraldDeaths, b: forumDeaths },
      { kind: 'count', what: 'deaths', a: riverlineDeaths, b: forumDeaths },
      { kind: 'count', what: 'deaths', a: heraldDeaths, b: blogDeaths },
      { kind: 'count', what: 'deaths', a: forumDeaths, b: blogDeaths },
      { kind: 'count', what: 'injured', a: [p('herald', 'eleven injured')], b: [p('riverline', 'more than twenty were injured')] },
      { kind: 'date', what: 'time of the explosion', a: heraldTime, b: riverlineTime },
      { kind: 'date', what: 'time of the explosion', a: riverlineTime, b: forumTime },
      { kind: 'date', what: 'time of the explosion', a: heraldTime, b: blogTime },
      { kind: 'date', what: 'time of the explosion', a: riverlineTime, b: blogTime },
      { kind: 'date', what: 'time of the explosion', a: forumTime, b: blogTime },
      { kind: 'count', what: 'explosions', a: [p('riverline', 'a single loud explosion')], b: [p('blog', 'two bangs')] },
      { kind: 'quantity', what: 'evacuation radius', a: [p('herald', 'within 500 metres')], b: [p('riverline', 'within a kilometre')] },
      { kind: 'date', what: 'last valve inspection', a: [p('herald', 'inspected in March')], b: [p('forum', 'June 2022')] },
    ],
  },
  {
    name: 'embassy-warning',
    title: 'US warns Iraq it will close the embassy in Baghdad',
    date: { start: '2020-09', precision: 'month' },
    // Three accounts of the warning; they agree on dates and names once spellings are matched: no conflicts expected.
    passages: [
      p('brief', 'has warned Iraqi Prime Minister'), p('brief', 'For years, Iraq has also been caught'), p('brief', 'refused to comment on Pompeo'),
      p('brief', 'significant cuts to its military presence'), p('brief', 'swiftly condemned the attacks'),
      p('report', "Pompeo has warned Iraq's leaders"), p('report', 'delivered the warning in recent phone calls'), p('report', 'The number of attacks targeting'),
      p('report', 'In a meeting Saturday'), p('report', "Pompeo's stern message came after"), p('report', 'declined to comment on Pompeo'),
      p('report', 'The frequency of the attacks has increased recently'), p('report', 'typically fire 107 mm rockets'), p('report', 'Pompeo did not respond'),
      p('report', 'Last week, an Iraqi Shiite political bloc'),
      p('analysis', 'The number of armed attacks by militias'), p('analysis', 'Armed attacks with explosive devices'), p('analysis', 'visited the United States of America in August 2020'),
      p('analysis', 'issued a strongly worded message'), p('analysis', 'Foreign Minister Fuad Hussein visited Iran'), p('analysis', 'A joint statement was made'),
      p('analysis', 'September 2020 witnessed dozens of attacks'),
    ],
    conflicts: [],
  },
  {
    name: 'troop-drawdown',
    title: 'US troop drawdown in Iraq',
    date: { start: '2020', precision: 'year' },
    passages: [
      p('report', 'reduce its troop presence in Iraq'), p('report', 'Closing the Baghdad embassy would not necessarily'), p('report', 'moved thousands of additional soldiers'),
      p('report', 'reduced its numbers back down'),
      p('analysis', 'would be reduced from 3,000 to 2,500 soldiers'), p('analysis', 'confirmed that Trump hoped'), p('analysis', 'not to make any major changes'),
      p('brief', 'significant cuts to its military presence'),
    ],
    conflicts: [
      {
        kind: 'count',
        what: 'US troops in Iraq',
        a: [p('report', 'more than 5,000 to 3,000'), p('report', 'around 5,200')],
        b: [p('analysis', '3,000 to 2,500 soldiers')],
      },
    ],
  },
  {
    name: 'missile-strike',
    title: 'Iranian missile strike on bases housing US forces after the killing of Soleimani',
    date: { start: '2020-01-08', precision: 'day' },
    passages: [p('report', 'came under severe strain'), p('brief', 'Commander Qassem Soleimani in Baghdad'), p('analysis', 'beside the killing of Soleimani')],
    conflicts: [],
  },
];
