// Titles that say what role a named person holds ("Prime Minister", "director of operations",
// "spokesman"), and nationality words that say whose role it is ("Iraqi" → Iraq).

/** Title phrases, lower case, longest first when matched. */
export const titles: readonly string[] = [
  'prime minister', 'pm', 'president', 'vice president', 'secretary of state', 'foreign minister', 'defense minister',
  'defence minister', 'interior minister', 'finance minister', 'minister', 'mayor', 'governor', 'senator', 'ambassador',
  'general', 'gen', 'commander', 'chief officer', 'chief of staff', 'chief executive', 'ceo', 'chief', 'spokesman', 'spokeswoman',
  'spokesperson', 'speaker', 'chair', 'chairman', 'chairwoman', 'director of operations', 'operations director', 'director',
  'secretary', 'leader', 'head', 'king', 'queen', 'prince', 'ayatollah', 'sheikh', 'national security adviser',
  'national security advisor', 'adviser', 'advisor', 'cleric', 'police chief', 'coroner', 'judge', 'colonel', 'col',
  'lieutenant', 'captain', 'admiral', 'adm', 'sergeant', 'founder', 'owner', 'manager',
].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);

/** Abbreviations that stand for a longer title. */
export const titleAliases: Readonly<Record<string, string>> = {
  pm: 'prime minister', gen: 'general', col: 'colonel', adm: 'admiral', ceo: 'chief executive', chairman: 'chair',
  chairwoman: 'chair', spokeswoman: 'spokesperson', spokesman: 'spokesperson', defence: 'defense', advisor: 'adviser',
  'operations director': 'director of operations', 'national security advisor': 'national security adviser',
};

export const nationalities: Readonly<Record<string, string>> = {
  iraqi: 'iraq', iraq: 'iraq', "iraq's": 'iraq', iranian: 'iran', iran: 'iran', "iran's": 'iran', american: 'us', 'u.s': 'us', us: 'us',
  'united states': 'us', british: 'uk', uk: 'uk', french: 'france', german: 'germany', russian: 'russia', chinese: 'china',
  turkish: 'turkey', syrian: 'syria', saudi: 'saudi arabia', israeli: 'israel', kurdish: 'kurdistan', lebanese: 'lebanon',
};
