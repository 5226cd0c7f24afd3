// The shape of a claim read out of a passage: what is claimed (kind and subject), the value in a
// comparable form, and where in the source it is written. Every extractor returns these.

export const claimKinds = ['count', 'quantity', 'date', 'actor', 'place'] as const;
export type ClaimKind = (typeof claimKinds)[number];

/** An interval of numbers; max null means "no upper bound" ("at least five"). */
export interface NumberRange {
  min: number;
  max: number | null;
  /** Stated loosely ("about", "a dozen"): compared with some slack. */
  approximate: boolean;
}

export interface CountValue extends NumberRange {
  kind: 'count';
}

export interface QuantityValue extends NumberRange {
  kind: 'quantity';
  /** 'length', 'area', 'money:USD', 'duration', ... ; min/max are in the dimension's base unit. */
  dimension: string;
}

/** Days are counted from 1970-01-01 (UTC calendar days); times are minutes after midnight. */
export interface DateValue {
  kind: 'date';
  day: { from: number; to: number } | null;
  time: { from: number; to: number } | null;
}

export interface ActorValue {
  kind: 'actor';
  /** The entity id when the name is in the entity list, else a key shared by spelling variants. */
  entityKey: string;
  name: string;
}

export interface PlaceValue {
  kind: 'place';
  key: string;
  name: string;
}

export type ClaimValue = CountValue | QuantityValue | DateValue | ActorValue | PlaceValue;

export interface Claim {
  kind: ClaimKind;
  /** What the claim is about, stable across sources: 'deaths', 'explosion', 'role:prime minister|iraq'. */
  subject: string;
  /** The same for people: "deaths", "when the explosion happened". */
  subjectLabel: string;
  value: ClaimValue;
  /** The value as a person reads it: "at least 5", "9 Sep 2025, 23:25–23:55". */
  display: string;
  /** Offsets of the claim's words in the source's reading text. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /**
   * Claims kept for display but not compared: hearsay of other media ("the radio says three"),
   * a part of a total ("two of the dead"), a negated figure, or one in a sentence dated well away from
   * the event ("last year, a bomb in Mosul killed four people").
   */
  excluded: null | 'reported' | 'partial' | 'negated' | 'another time';
}
