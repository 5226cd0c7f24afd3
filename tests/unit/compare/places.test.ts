// Places: where a happening took place, read after "in", "at", "near", "north of" and through "the city of",
// leaving out adjectives ("U.S. interests"), organisations and headlines.

import { describe, expect, it } from 'vitest';
import { ofKind } from './claim-helpers.ts';

const places = (text: string) => ofKind(text, 'place').map((c) => [c.subject, c.display]);

describe('place claims', () => {
  it('ties a place to the happening it locates', () => {
    expect(places('Soleimani was killed in Baghdad.')).toEqual([['death', 'Baghdad']]);
    expect(places('A fuel terminal exploded in the harbour of Velmora.')).toEqual([['explosion', 'Velmora']]);
    expect(places('Pompeo closed the consulate in the southern Iraqi city of Basra.')).toEqual([['closure', 'Basra']]);
    expect(places('Two soldiers were killed in a rocket attack on a base north of Baghdad.')).toEqual([['attack', 'near Baghdad']]);
  });

  it('leaves out adjectives, organisations, people and places with no happening', () => {
    expect(places('Militias launched attacks on U.S. interests in Shiite areas.')).toEqual([]);
    expect(places('The fire at the Velmora Harbour Authority depot spread.')).toEqual([]);
    expect(places('She lives in Velmora.')).toEqual([]);
    expect(places('US Warns Iraq of Embassy Shutdown in Response to Attacks on Personnel')).toEqual([]);
  });
});
