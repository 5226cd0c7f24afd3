// A first guess at whether a name typed or found is a person or an organization; only a default,
// which the user corrects in the entity list.

import type { EntityKind } from './entity-types.ts';

const organizationWords =
  /\b(?:authority|board|ministry|council|service|agency|institute|center|centre|department|forces|party|movement|group|militia|army|police|government|company|union|committee|office|news|commission|bloc|brigades?|hezbollah|kataeb|kata'ib)\b/iu;

export function guessKind(name: string): EntityKind {
  return organizationWords.test(name) ? 'organization' : 'person';
}
