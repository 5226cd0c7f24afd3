// The text metadata readers on invented documents: each must find what is stated and leave
// the field null when the text does not say it.

import { describe, expect, it } from 'vitest';
import { documentRegions } from '../../../src-main/core/sources/extract/document-regions.ts';
import { findAuthor, namesIn } from '../../../src-main/core/sources/extract/metadata/author.ts';
import { detectKind } from '../../../src-main/core/sources/extract/metadata/kind.ts';
import { detectLanguage, normalizeLanguageTag } from '../../../src-main/core/sources/extract/metadata/language.ts';
import { clearFunctionWordLanguage } from '../../../src-main/core/sources/extract/metadata/function-words.ts';
import type { LineView } from '../../../src-main/core/sources/extract/metadata/line-view.ts';
import { isOrganizationName, tidyOrganizationName } from '../../../src-main/core/sources/extract/metadata/organization-name.ts';
import { findPublicationDate } from '../../../src-main/core/sources/extract/metadata/publication-date.ts';
import { findPublisher } from '../../../src-main/core/sources/extract/metadata/publisher.ts';
import { findTitle } from '../../../src-main/core/sources/extract/metadata/title.ts';
import { findUrl } from '../../../src-main/core/sources/extract/metadata/url.ts';

const PROSE =
  'The committee met for three hours on Thursday and agreed to publish its findings in the spring, after a long argument about how much of the evidence could be shown to the public without risk.';

function view(lines: string[], removed: number[] = []): LineView {
  const removedSet = new Set(removed);
  return { lines, removed: removedSet, ...documentRegions(lines, removedSet) };
}

describe('title', () => {
  it('takes the first line that reads as a headline, skipping labels, dates and site names', () => {
    const lines = ['Example Policy Institute', 'March 3, 2021', 'Why the river keeps flooding every spring', 'By Ana Lima', PROSE, PROSE];
    expect(findTitle(view(lines))).toEqual({ title: 'Why the river keeps flooding every spring', line: 2 });
  });

  it('prefers a line printed twice', () => {
    const lines = ['Short section label here', 'Council approves harbour wall', PROSE, 'Council approves harbour wall', PROSE];
    expect(findTitle(view(lines))?.title).toBe('Council approves harbour wall');
  });

  it('prefers a full headline over a short line just above it', () => {
    const lines = ['The Example Ledger', 'Farmers protest over new water rules', PROSE, PROSE];
    expect(findTitle(view(lines))?.title).toBe('Farmers protest over new water rules');
  });

  it('skips lines already judged noise and returns null when nothing reads as a headline', () => {
    expect(findTitle(view(['Skip to content today please', PROSE], [0]))).toBeNull();
    expect(findTitle(view([PROSE, PROSE]))).toBeNull();
  });
});

describe('author', () => {
  it.each([
    [['A headline for the story here', 'By Jane Doe', PROSE], 'Jane Doe'],
    [['A headline for the story here', 'By Jane Doe and John Roe, Staff Writers | March 3, 2021', PROSE], 'Jane Doe and John Roe'],
    [['A headline for the story here', 'Prepared by the researcher: Amal al-Rashid – expert in water policy', PROSE], 'Amal al-Rashid'],
    [['A headline for the story here', 'Written by: Pieter van der Berg', PROSE], 'Pieter van der Berg'],
    [['A headline for the story here', PROSE, PROSE, 'Author: Jane Doe'], 'Jane Doe'],
    [['A headline for the story here', 'Posted by Jane Doe on March 3, 2021', PROSE], 'Jane Doe'],
  ])('reads %j', (lines, author) => {
    expect(findAuthor(view(lines))?.author).toBe(author);
  });

  it('does not read "By <month>" prose or a body "By" sentence as a byline', () => {
    expect(findAuthor(view(['A headline for the story here', 'By May, the troops had left the city.', PROSE]))).toBeNull();
    expect(findAuthor(view(['A headline for the story here', PROSE, PROSE, 'By Jane Doe']))).toBeNull();
  });

  it('stops at roles and outlets after the names', () => {
    expect(namesIn('Jane Doe, Reuters')).toBe('Jane Doe');
    expect(namesIn('Jane Doe, Ana Lima and Tom Reyes')).toBe('Jane Doe, Ana Lima and Tom Reyes');
    expect(namesIn('the editorial board')).toBeNull();
  });
});

describe('publisher', () => {
  it('reads a credit line and tidies an all-caps name', () => {
    const lines = ['A headline for the story here', 'SOURCE: THE DAILY EXAMPLE/AFP', PROSE, PROSE];
    expect(findPublisher(view(lines))).toEqual({ publisher: 'The Daily Example/AFP', headerLine: null });
  });

  it('reads a copyright line anywhere', () => {
    const lines = ['A headline for the story here', PROSE, PROSE, '© 2021 Example Media Group. All rights reserved.'];
    expect(findPublisher(view(lines))?.publisher).toBe('Example Media Group');
  });

  it('reads a header site name and reports its line', () => {
    const lines = ['A headline for the story here', '• Example Policy Institute', PROSE, PROSE];
    expect(findPublisher(view(lines))).toEqual({ publisher: 'Example Policy Institute', headerLine: 1 });
  });

  it('reads a wire dateline', () => {
    const lines = ['A headline for the story here', `LISBON (Example Wire) - ${PROSE}`, PROSE];
    expect(findPublisher(view(lines))?.publisher).toBe('Example Wire');
  });

  it('reads the outlet an article names as its interviewer', () => {
    const lines = ['A headline for the story here', PROSE, 'The minister told Example News on Monday that the plan would go ahead.', PROSE];
    expect(findPublisher(view(lines))?.publisher).toBe('Example News');
  });

  it('reads the holder of a copyright line followed by legal text, even when the line is noise', () => {
    const lines = ['A headline for the story here', PROSE, PROSE, 'Copyright 2020 The Example Wire. All rights reserved. This material may not be redistributed.'];
    expect(findPublisher(view(lines, [3]))?.publisher).toBe('The Example Wire');
  });

  it('takes an organisation credited as author as the publisher, and not as the author', () => {
    const lines = ['Water in the northern basin', 'Prepared by: Example Water Research Institute', 'June 2021', PROSE, PROSE];
    expect(findPublisher(view(lines))?.publisher).toBe('Example Water Research Institute');
    expect(findAuthor(view(lines))).toBeNull();
  });

  it('does not take a photo\'s copyright credit for the publisher', () => {
    const lines = ['A headline for the story here', PROSE, '© Jane Doe / Example Agency', PROSE];
    expect(findPublisher(view(lines))).toBeNull();
  });

  it('reads the wiki named by a tagline', () => {
    const lines = ['Lake Example', 'From Examplepedia, the free encyclopedia', PROSE, PROSE];
    expect(findPublisher(view(lines, [1]))?.publisher).toBe('Examplepedia');
  });

  it('does not take a chart\'s data source for the publisher', () => {
    const lines = ['Water in the northern basin', PROSE, 'Figure 1: Groundwater levels', 'Source: Example Statistics Office', PROSE];
    expect(findPublisher(view(lines))).toBeNull();
  });

  it('ignores a source line that is a URL or a figure note in the body, and returns null without cues', () => {
    const lines = ['A headline for the story here', 'Source: https://example.org/a', PROSE, PROSE, 'Source: Example Statistics Office', PROSE, PROSE, PROSE, PROSE, PROSE, PROSE, PROSE];
    expect(findPublisher(view(lines))).toBeNull();
  });
});

describe('organisation names', () => {
  it('recognises names built around a key word', () => {
    expect(isOrganizationName('Council on Foreign Relations')).toBe(true);
    expect(isOrganizationName('The Example Times')).toBe(true);
    expect(isOrganizationName('Council Votes to Expel Troops')).toBe(false);
    expect(isOrganizationName('News')).toBe(false);
  });

  it('tidies shouted names but keeps acronyms', () => {
    expect(tidyOrganizationName('ABC NEWS')).toBe('ABC News');
    expect(tidyOrganizationName('THE NEW YORK EXAMPLE')).toBe('The New York Example');
    expect(tidyOrganizationName('Example Press')).toBe('Example Press');
  });
});

describe('publication date', () => {
  it('reads a header line that is only a date', () => {
    expect(findPublicationDate(view(['A headline for the story here', 'March 3, 2021', PROSE, PROSE]))).toBe('2021-03-03');
  });

  it('prefers a published label over an updated one, and both over a header date', () => {
    const lines = ['A headline for the story here', 'January 5, 2021', 'Updated: 7 January 2021', 'Published: 6 January 2021', PROSE, PROSE];
    expect(findPublicationDate(view(lines))).toBe('2021-01-06');
  });

  it('reads a date on the byline', () => {
    expect(findPublicationDate(view(['A headline for the story here', 'By Jane Doe | 4 min read | Feb 2, 2022', PROSE, PROSE]))).toBe('2022-02-02');
    expect(findPublicationDate(view(['A headline for the story here', 'By Jane Doe, February 2, 2022', PROSE, PROSE]))).toBe('2022-02-02');
    expect(findPublicationDate(view(['A headline for the story here', 'Posted by Jane Doe on February 2, 2022', PROSE, PROSE]))).toBe('2022-02-02');
  });

  it('keeps the stated precision', () => {
    expect(findPublicationDate(view(['A report on the river', 'June 2019', PROSE, PROSE]))).toBe('2019-06');
    expect(findPublicationDate(view(['A report on the river', 'Published: 2019', PROSE, PROSE]))).toBe('2019');
  });

  it('never takes a date from a sentence in the body', () => {
    const lines = ['A headline for the story here', PROSE, 'On September 15, 2020, a convoy was attacked near the airport, officials said, and two people were hurt in the blast that followed.', PROSE];
    expect(findPublicationDate(view(lines))).toBeNull();
  });
});

describe('kind', () => {
  it('calls a report with a dateline and reported speech news', () => {
    const lines = ['A headline for the story here', `PARIS — ${PROSE}`, '"We will not accept this," the minister said.', 'Officials said the talks would resume, according to a spokesperson who declined to comment further.', PROSE];
    expect(detectKind(view(lines), null, null)).toBe('news');
  });

  it('calls a cited, referenced piece by a researcher analysis', () => {
    const lines = ['Water and power in the valley', 'Prepared by the researcher: Ana Lima', PROSE, `${PROSE} (Berg, 2019).`, `${PROSE} (Haddad, March: 2020).`, 'References', '1- Berg, Rivers and States, Example Press, 2019.', '2- Haddad, Dams, Example Journal, 2020.'];
    expect(detectKind(view(lines), null, null)).toBe('analysis');
  });

  it('calls a wiki page an encyclopedia and a report with report sections a report', () => {
    const wiki = ['Lake Example', 'From Examplepedia, the free encyclopedia', `${PROSE}[1][2]`, `${PROSE}[3][4][5]`, 'See also', 'References'];
    expect(detectKind(view(wiki), null, 'Lake Example')).toBe('encyclopedia');
    const report = ['Annual Water Report 2021', 'Executive summary', PROSE, 'Methodology', PROSE, 'Key findings', PROSE, 'Recommendations', PROSE];
    expect(detectKind(view(report), null, 'Annual Water Report 2021')).toBe('report');
  });

  it('is null when the cues are weak', () => {
    expect(detectKind(view(['Notes from a walk', PROSE, PROSE]), null, 'Notes from a walk')).toBeNull();
  });
});

describe('language', () => {
  it('names the language of a long text it is sure about', () => {
    const english = Array.from({ length: 4 }, () => PROSE).join(' ');
    expect(detectLanguage(english)).toBe('en');
    const french =
      "Le conseil municipal s'est réuni jeudi soir pour discuter du nouveau plan de circulation. Les habitants du quartier ont demandé plus de pistes cyclables et moins de voitures dans les rues étroites du centre. Le maire a promis une réponse avant la fin du mois, après une consultation publique qui durera trois semaines. Plusieurs commerçants craignent une baisse de leur chiffre d'affaires si les places de stationnement disparaissent.";
    expect(detectLanguage(french)).toBe('fr');
  });

  it('is null for short text', () => {
    expect(detectLanguage('A short note.')).toBeNull();
  });

  it('normalizes language tags from markup', () => {
    expect(normalizeLanguageTag('en_us')).toBe('en-US');
    expect(normalizeLanguageTag('EN')).toBe('en');
    expect(normalizeLanguageTag('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(normalizeLanguageTag('not a tag')).toBeNull();
  });
});

describe('url', () => {
  it('reads a labelled address or a bare one at the top', () => {
    expect(findUrl(view(['A headline for the story here', PROSE, 'Source: https://example.org/story.'])) ).toBe('https://example.org/story');
    expect(findUrl(view(['https://example.org/page', 'A headline for the story here', PROSE]))).toBe('https://example.org/page');
    expect(findUrl(view(['A headline for the story here', PROSE, 'See https://example.org/other for more.']))).toBeNull();
  });
});

describe('language by function words', () => {
  const spanish =
    'El ayuntamiento se reunió el jueves por la noche para discutir el nuevo plan de tráfico. Los vecinos del barrio pidieron más carriles para bicicletas y menos coches en las calles estrechas del centro. El alcalde prometió una respuesta antes de que termine el mes, después de una consulta pública que durará tres semanas, y los comerciantes temen que sus ventas caigan si desaparecen las plazas de aparcamiento.';
  const dutch =
    'De gemeenteraad kwam donderdagavond bijeen om over het nieuwe verkeersplan te praten. De bewoners van de wijk vroegen om meer fietspaden en minder auto’s in de smalle straten van het centrum. De burgemeester beloofde een antwoord voor het einde van de maand, na een openbare raadpleging die drie weken zal duren, en de winkeliers zijn bang dat hun omzet daalt als de parkeerplaatsen verdwijnen.';

  it('settles clear-cut prose without trigram statistics', () => {
    expect(clearFunctionWordLanguage(PROSE.repeat(2))).toBe('en');
    expect(clearFunctionWordLanguage(spanish)).toBe('es');
    expect(clearFunctionWordLanguage(dutch)).toBe('nl');
  });

  it('declines lists, headlines and mixed text, which go on to franc', () => {
    expect(clearFunctionWordLanguage('Baghdad Washington Tehran Riyadh embassy rockets militias sanctions '.repeat(8))).toBeNull();
    expect(clearFunctionWordLanguage(`${spanish} ${dutch}`)).toBeNull();
    expect(clearFunctionWordLanguage('the of and')).toBeNull();
  });

  it('still names the whole text only when every third agrees', () => {
    expect(detectLanguage(`${PROSE.repeat(3)} ${spanish} ${spanish} ${spanish}`)).toBeNull();
    expect(detectLanguage(`${spanish} ${spanish}`)).toBe('es');
  });
});
