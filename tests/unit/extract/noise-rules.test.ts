// Each noise rule on invented lines: what it must flag, and the article-like text that merely
// resembles noise which it must leave alone (over-deleting is worse than leaving noise).

import { describe, expect, it } from 'vitest';
import { detectContextFreeNoise, detectMetadataNoise } from '../../../src-main/core/sources/extract/detect-noise.ts';
import { authorBioRule } from '../../../src-main/core/sources/extract/noise/author-bio.ts';
import { isBrowserWarning } from '../../../src-main/core/sources/extract/noise/browser-warning.ts';
import { commentFormRule } from '../../../src-main/core/sources/extract/noise/comment-form.ts';
import { isImageCaption } from '../../../src-main/core/sources/extract/noise/image-caption.ts';
import { isLeakedMarkup } from '../../../src-main/core/sources/extract/noise/leaked-markup.ts';
import { menuRunRule } from '../../../src-main/core/sources/extract/noise/menu-run.ts';
import type { NoiseRule } from '../../../src-main/core/sources/extract/noise/noise-rule.ts';
import { isPhotoCredit, photoCreditRule } from '../../../src-main/core/sources/extract/noise/photo-credit.ts';
import { repeatedTitleFlags } from '../../../src-main/core/sources/extract/noise/repeated-title.ts';
import { chromeReason } from '../../../src-main/core/sources/extract/noise/site-chrome.ts';
import { siteNameFlags } from '../../../src-main/core/sources/extract/noise/site-name.ts';

const PROSE =
  'The committee met for three hours on Thursday and agreed to publish its findings in the spring, after a long argument about how much of the evidence could be shown to the public without risk.';

function run(rule: NoiseRule, lines: string[]): Record<number, string> {
  return Object.fromEntries(rule({ lines, skip: new Set() }));
}

describe('browser warning', () => {
  it.each([
    'IE 10 is not supported. For the best experience please use a modern browser.',
    'Your browser is out of date. Update your browser for more security.',
    'Please enable JavaScript to view this page.',
    'You need to enable JavaScript to run this app.',
  ])('flags %s', (line) => expect(isBrowserWarning(line)).toBe(true));

  it.each([
    'Microsoft said its old browser would no longer be supported on older machines.',
    'The company upgraded its browser engine last year.',
  ])('keeps news about browsers: %s', (line) => expect(isBrowserWarning(line)).toBe(false));
});

describe('leaked markup', () => {
  it.each([
    '!-- Begin tracking snippet -->',
    '<!-- end header -->',
    '<div class="wrapper">',
    '</p></div>',
    "window.dataLayer = window.dataLayer || [];",
    "gtag('config', 'X-123');",
    '.promo-box { display: none; }',
    '@media (max-width: 600px) {',
    '});',
  ])('flags %s', (line) => expect(isLeakedMarkup(line)).toBe(true));

  it.each([
    '<p>The minister resigned on Friday after weeks of pressure from her party.</p>',
    'Note: the set {a, b} has two members.',
    'The arrow --> points to the exit.',
    'Documents show the plan was approved.',
  ])('keeps text that merely contains markup characters: %s', (line) => expect(isLeakedMarkup(line)).toBe(false));
});

describe('image caption', () => {
  it.each(['Image: A crowd outside the station', 'Photo: Flood water in the square', '[Video] Watch the launch', 'Caption: The old bridge'])(
    'flags %s',
    (line) => expect(isImageCaption(line)).toBe(true),
  );

  it.each(['Imagery from satellites shows the damage.', 'Photographers gathered at the gate.'])('keeps %s', (line) =>
    expect(isImageCaption(line)).toBe(false),
  );
});

describe('photo credit', () => {
  it.each([
    'Rescue workers search the rubble on Tuesday. Jane Roe / AP file',
    'The harbour at dawn on May 3.Ola Berg / AFP - Getty Images',
    'Protesters march through the centre (AP Photo/Sam Lee)',
    'Photo by Kim Park on Unsplash',
    'Credit: Lee Chan for The Daily Example',
    'Getty Images / Example Pool',
  ])('flags %s', (line) => expect(isPhotoCredit(line)).toBe(true));

  it.each([
    'The ratio of debt / GDP rose sharply.',
    'Sales of the Model A / Model B rose.',
    PROSE,
  ])('keeps %s', (line) => expect(isPhotoCredit(line)).toBe(false));

  it('takes a name / outlet credit without an agency word only right under a caption', () => {
    expect(run(photoCreditRule, ['Image: The old mill', 'The mill in 1950. Ana Ruiz / Town Archive'])).toEqual({ 1: 'photo credit' });
    expect(run(photoCreditRule, ['Some text', 'The mill in 1950. Ana Ruiz / Town Archive'])).toEqual({});
  });
});

describe('comment form', () => {
  it('flags the form text and its field labels', () => {
    const lines = [PROSE, '', 'Leave a Reply', 'Cancel reply', 'Your email address will not be published. Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Website', 'Post Comment'];
    expect(Object.keys(run(commentFormRule, lines)).map(Number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('leaves field-like words alone when no form is near', () => {
    expect(run(commentFormRule, ['Name', PROSE, 'Website', 'Comment'])).toEqual({});
  });

  it('keeps prose that talks about comments', () => {
    expect(run(commentFormRule, ['Readers can leave a comment on the council website until March, officials said.'])).toEqual({});
  });
});

describe('author bio', () => {
  const article = Array.from({ length: 8 }, () => PROSE);

  it('flags the author box: repeated name, bio and post count', () => {
    const lines = [...article, 'Dana Whitfield', 'Dana Whitfield', '', 'I write about cities and transport and hold a degree in planning.', '', 'Posts: 312'];
    expect(run(authorBioRule, lines)).toEqual({ 8: 'author bio', 9: 'author bio', 11: 'author bio', 13: 'author bio' });
  });

  it('flags an "About the author" heading and its short paragraph', () => {
    const lines = [...article, 'About the author', 'Dana Whitfield is a journalist based in Lisbon.'];
    expect(run(authorBioRule, lines)).toEqual({ 8: 'author bio', 9: 'author bio' });
  });

  it('takes a paragraph after a repeated name only when it reads like a bio', () => {
    expect(run(authorBioRule, [...article, 'Dana Whitfield', 'Dana Whitfield', PROSE])).toEqual({ 8: 'author bio', 9: 'author bio' });
  });

  it('does not treat a name repeated near the top as an author box', () => {
    expect(run(authorBioRule, ['Dana Whitfield', 'Dana Whitfield', ...article])).toEqual({});
  });
});

describe('site chrome', () => {
  it.each([
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Share on Facebook', 'share buttons'],
    ['Facebook Twitter Email Print', 'share buttons'],
    ['Sign up for our morning newsletter', 'newsletter prompt'],
    ['Get the best stories delivered to your inbox', 'newsletter prompt'],
    ['We use cookies to improve your experience. By continuing you accept our cookie policy.', 'cookie notice'],
    ['Accept all cookies', 'cookie notice'],
    ['Skip to main content', 'navigation'],
    ['Home > World > Europe', 'navigation'],
    ['Read more: Why the river keeps flooding', 'related links'],
    ['Most popular', 'related links'],
    ['© 2021 Example Media Group. All rights reserved.', 'copyright notice'],
    ['Tags: flooding, rivers, climate', 'topic tags'],
    ['From Examplepedia, the free encyclopedia', 'site tagline'],
  ])('flags %s as %s', (line, reason) => expect(chromeReason(line)).toBe(reason));

  it.each([
    'Advertising revenue fell by a third last year, the company said.',
    'Subscribers to the service will pay more from January, the regulator said, after a long review of prices.',
    'Copyright law has not kept up with the technology, the judge said.',
    'The bakery uses cookies from a family recipe.',
    'Share prices fell sharply on Monday.',
    'Home owners in the valley face higher premiums.',
    'Related research suggests the effect is small.',
  ])('keeps %s', (line) => expect(chromeReason(line)).toBeNull());
});

describe('menu runs', () => {
  it('flags a run of short link lines before the first paragraph and after the last', () => {
    const lines = ['The Example Ledger', 'Politics', 'Business', 'Culture', '', 'A headline about the council meeting today', PROSE, PROSE, 'More', 'Privacy', 'Terms', 'Contact us'];
    expect(Object.keys(run(menuRunRule, lines)).map(Number)).toEqual([0, 1, 2, 3, 8, 9, 10, 11]);
  });

  it('keeps short lines inside the article and short runs at its edges', () => {
    const lines = ['Jane Doe', 'Lisbon', PROSE, 'Oil', 'Gas', 'Coal', 'Wind', PROSE, 'Jane Doe', 'Editor', 'Lisbon'];
    expect(run(menuRunRule, lines)).toEqual({});
  });
});

describe('repeated title and site name', () => {
  it('keeps the first occurrence of the title and flags the repeats', () => {
    const lines = ['Council Approves the New Harbour Wall', PROSE, 'council approves the new harbour wall', PROSE];
    expect(Object.fromEntries(repeatedTitleFlags({ lines, skip: new Set() }, 'Council Approves the New Harbour Wall'))).toEqual({ 2: 'repeated title' });
  });

  it('does not treat a short recurring heading as a repeated title', () => {
    const lines = ['Introduction', PROSE, 'Introduction'];
    expect(repeatedTitleFlags({ lines, skip: new Set() }, 'Introduction').size).toBe(0);
  });

  it('flags a decorated header line that is only the site name', () => {
    const lines = ['A Headline About Something', '  • Example Policy Institute', PROSE, 'Example Policy Institute said on Monday that it would close.'];
    expect(Object.fromEntries(siteNameFlags({ lines, skip: new Set() }, 'Example Policy Institute', 3))).toEqual({ 1: 'site name' });
  });

  it('detectMetadataNoise does nothing without metadata', () => {
    expect(detectMetadataNoise(['a', 'a'], new Set(), { title: null, headerPublisher: null, headerEnd: 2 }).size).toBe(0);
  });
});

describe('detectContextFreeNoise', () => {
  it('gives each line one reason and never touches skipped lines', () => {
    const lines = ['<!-- x -->', 'Advertisement', PROSE, 'Advertisement'];
    const flags = detectContextFreeNoise(lines, new Set([3]));
    expect(Object.fromEntries(flags)).toEqual({ 0: 'leaked markup', 1: 'advertisement' });
  });
});
