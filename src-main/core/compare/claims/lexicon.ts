// The small vocabularies the claim rules share: what is counted (deaths, troops, attacks...), the
// happenings a date or place can belong to, speech verbs, and the media whose figures are hearsay.
// Words not listed still work (they key by their stem); these only make synonyms meet.

export interface Subject {
  key: string;
  label: string;
}

function table(groups: Record<string, string>): ReadonlyMap<string, Subject> {
  const map = new Map<string, Subject>();
  for (const [key, list] of Object.entries(groups)) {
    const [label, words] = list.split(':') as [string, string];
    for (const word of words.trim().split(/\s+/u)) map.set(word, { key, label });
  }
  return map;
}

/** Nouns (and outcome verbs) whose number is a count of the same thing across sources. */
export const countedThings = table({
  deaths: 'deaths: dead death deaths died dies killed fatalities fatality bodies',
  injuries: 'injuries: injured injuries injury wounded hurt casualties',
  troops: 'troops: troops troop soldiers soldier forces personnel servicemen servicemembers marines',
  attacks: 'attacks: attacks attack strikes raids assaults',
  explosions: 'explosions: explosions explosion blasts blast bangs bang detonations detonation',
  missiles: 'missiles: missiles missile',
  rockets: 'rockets: rockets rocket',
  arrests: 'arrests: arrests arrested detained detainees',
  hostages: 'hostages: hostages hostage',
  evacuees: 'people evacuated: evacuees evacuated displaced',
});

/** Outcome words that say what happened to the people counted ("three people were killed"). */
export const outcomes = table({
  deaths: 'deaths: killed dead died dies death',
  injuries: 'injuries: injured wounded hurt',
  arrests: 'arrests: arrested detained',
  evacuees: 'people evacuated: evacuated displaced',
});

/** Nouns that count people without saying what happened to them. */
export const genericPeople: ReadonlySet<string> = new Set(
  'people persons person others men women children civilians individuals residents americans iraqis victims'.split(' '),
);

/** Happenings a date or place belongs to; the first word of a sentence part that matches decides. */
export const happenings = table({
  explosion: 'explosion: explosion explosions exploded explode explodes blast blasts bang bangs bomb bombs detonation detonated fireball',
  attack: 'attack: attack attacks attacked struck strike strikes hit raid raided shelling bombing bombed',
  death: 'death: killed killing killings died death deaths assassination assassinated',
  injury: 'injury: injured wounded',
  meeting: 'meeting: meeting meetings met meet talks',
  visit: 'visit: visit visits visited trip',
  inspection: 'inspection: inspection inspections inspected inspect',
  suspension: 'suspension: suspended suspension halted',
  closure: 'closure: closure closed close closing shut shutdown',
  withdrawal: 'withdrawal: withdrawal withdrew withdraw withdrawn drawdown pullout',
  vote: 'vote: vote voted votes',
  election: 'election: election elections elected',
  protest: 'protest: protest protests protested demonstrations demonstration',
  arrest: 'arrest: arrest arrested arrests detained',
  evacuation: 'evacuation: evacuated evacuation',
  warning: 'warning: warned warning warnings threatened threat',
  retaliation: 'retaliation: retaliated retaliation',
  invasion: 'invasion: invaded invasion',
});

/** Verbs of saying: a date next to one dates the statement, not what it is about. */
export const speechVerbs: ReadonlySet<string> = new Set(
  `said says say saying told tells tell stated states announced announces added adds reported reports confirmed confirms
  denied denies declared declares claimed claims spoke speaking speak wrote writes noted notes explained explains insisted
  commented replied asked asks urged tweeted posted responded`.split(/\s+/u),
);

/** Who may be quoting someone else's figure: "the radio says three", "early broadcast reports of five". */
export const mediaNouns: ReadonlySet<string> = new Set(
  `radio television tv website websites site paper papers newspaper newspapers broadcast broadcasts report reports media
  outlet outlets press news rumour rumours rumor rumors`.split(/\s+/u),
);

/** Nouns a number after which is a label, not a count: "tanks 3 and 4", "gate 5", "route 66". */
export const labelNouns: ReadonlySet<string> = new Set(
  `tank tanks gate gates line lines room rooms route routes flight flights article articles chapter chapters page pages
  section sections resolution resolutions building buildings block blocks unit units ward wards platform platforms pier piers
  bay bays zone zones sector sectors number no item items table tables figure figures phase phases level levels
  district districts precinct district quay quays terminal terminals`.split(/\s+/u),
);

/** Words meaning an increase on top of a total: "thousands of additional soldiers" is not a total. */
export const additionWords: ReadonlySet<string> = new Set(['additional', 'extra', 'further', 'more', 'new', 'another']);

/** Words that refer back to the last thing counted: "reduced its numbers to 5,200", "the toll rose to five". */
export const anaphoricCounts: ReadonlySet<string> = new Set(['number', 'numbers', 'total', 'toll', 'figure', 'tally', 'count']);

/** Words that stop the search for a number's noun. */
export const nounBarriers: ReadonlySet<string> = new Set(
  `of to in on at by for with from as into than that which who whom whose and or but while when where after before since
  during until is are was were be been being has have had will would could should may might can do does did not no
  said says told the a an this these those its their his her our along across near over around inside outside through
  between against within without under`.split(/\s+/u),
);

/** People a report is attributed to: "two officials said" counts sources of the story, not a fact of it. */
export const attributionNouns: ReadonlySet<string> = new Set(
  'officials official officers sources source spokesmen spokespeople aides analysts experts diplomats witnesses people persons residents members'.split(' '),
);
