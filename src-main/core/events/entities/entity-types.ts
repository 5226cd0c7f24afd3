// The shapes of entities (people, organizations, places) as the contract returns them: a display name,
// every alias the comparison matches through, and suggestions of spelling variants not yet listed.

export const entityKinds = ['person', 'organization', 'place', 'other'] as const;
export type EntityKind = (typeof entityKinds)[number];

export interface EntityAlias {
  id: string;
  alias: string;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  note: string;
  /** Every name the entity goes by, its display name included. */
  aliases: EntityAlias[];
  /** Events that list it as an actor. */
  eventCount: number;
  createdAt: string;
  updatedAt: string;
}

/** Names in the sources that look like one actor spelled several ways, not yet in the list. */
export interface EntitySuggestion {
  /** The fullest spelling, offered as the display name. */
  name: string;
  kind: EntityKind;
  /** Every spelling found (to confirm as aliases). */
  aliases: string[];
  /** How often each spelling appears, and in how many sources overall. */
  mentions: number;
  sources: number;
  /** Set when some spellings are already aliases of a listed entity: confirming adds the rest to it. */
  entityId: string | null;
}

export interface EntityList {
  entities: Entity[];
  suggestions: EntitySuggestion[];
}
