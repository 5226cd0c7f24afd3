// Photo credits, alone or at the end of a caption: "Jane Doe / Reuters file", "(AP Photo/John
// Roe)", "Photo by …", "Credit: …". Credits name an agency, which is what tells them from prose.

import { atMostWords } from '../line-shape.ts';
import type { NoiseFlags, NoiseRule } from './noise-rule.ts';
import { isImageCaption } from './image-caption.ts';

// Words that only appear in credits: picture agencies and the words credits are built from.
const AGENCY = /\b(?:Reuters|AP|AFP|Getty|EPA|EFE|Bloomberg|Shutterstock|Alamy|Xinhua|Anadolu|NurPhoto|Sipa|Pool|Images|Photo|Photos|Photography|Stock|Corbis|Zuma|Redux|Polaris|UPI|TASS|Sputnik|dpa|Kyodo|Yonhap|Handout|Courtesy|Unsplash|Pexels|Wikimedia|Flickr|Commons|Press Association|PA|Abaca|LightRocket|Anadolu Agency|file|via)\b/u;
// "Name Surname / Agency[ file]" closing a line; the name may follow a full stop without a space.
const TRAILING_CREDIT = /(?:^|[\s.,;:)])\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*\/\s*(\p{Lu}[\p{L}\p{N}&.'’ -]{0,50}?)(?:\s+file)?\.?$/u;
const PARENTHESISED_CREDIT = /\((?:[^()]*\b(?:Photo|Image|Picture)s?\b[^()]*\/[^()]*|(?:Photo|Image|Picture)s?(?: by|:)[^()]+)\)$/i;
const LABELLED_CREDIT = /^\(?(?:photo|image|picture|video)s?\s*(?:(?:credit|courtesy|source)\s*:|by\s|courtesy of\s)\s*\S/i;
const CREDIT_LABEL = /^\(?(?:credit|credits|photo credit|image credit|image source|picture credit)\s*:/i;
const COPYRIGHT_CREDIT = /^©\s*\p{Lu}/u;

export function isPhotoCredit(line: string, previousIsCaption = false): boolean {
  return readsAsCredit(line, previousIsCaption) && atMostWords(line, 80);
}

function readsAsCredit(line: string, previousIsCaption: boolean): boolean {
  // A bracketed credit ends with ')' and a trailing one has a '/': looking for the character
  // first spares most lines of prose the costlier patterns.
  if (CREDIT_LABEL.test(line) || (line.endsWith(')') && PARENTHESISED_CREDIT.test(line))) return true;
  if ((LABELLED_CREDIT.test(line) || (COPYRIGHT_CREDIT.test(line) && AGENCY.test(line))) && atMostWords(line, 12)) return true;
  if (!line.includes('/')) return false;
  const trailing = TRAILING_CREDIT.exec(line);
  if (trailing === null) return false;
  // Without an agency word, "A / B" at the end of a line is only a credit right under a caption.
  return AGENCY.test(trailing[0]) || previousIsCaption;
}

export const photoCreditRule: NoiseRule = (input) => {
  const flags: NoiseFlags = new Map();
  let previousIsCaption = false;
  input.lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      previousIsCaption = false;
      return;
    }
    if (input.skip.has(index)) {
      previousIsCaption = isImageCaption(line);
      return;
    }
    if (isPhotoCredit(line, previousIsCaption)) flags.set(index, 'photo credit');
    previousIsCaption = isImageCaption(line);
  });
  return flags;
};
