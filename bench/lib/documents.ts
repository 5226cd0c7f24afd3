// Deterministic synthetic documents (~10 KB of sentences and paragraphs) and
// highlights over them, the same for our code and for raw SQLite.

import { createPrng } from './prng.ts';
import { createVocabulary, type Vocabulary } from './words.ts';

export interface SyntheticDocument {
  title: string;
  text: string;
}

let vocabulary: Vocabulary | undefined;
export function sharedVocabulary(): Vocabulary {
  vocabulary ??= createVocabulary();
  return vocabulary;
}

/** Document i of the library: the same text for the same i on every run. */
export function makeDocument(i: number, targetBytes = 10_000): SyntheticDocument {
  const vocab = sharedVocabulary();
  const prng = createPrng(1_000_003 * (i + 1));
  const titleWords = Array.from({ length: 3 + prng.int(4) }, () => vocab.draw(prng));
  const title = capitalize(titleWords.join(' ')) + ` ${i}`;
  const paragraphs: string[] = [];
  let length = 0;
  while (length < targetBytes) {
    const sentences: string[] = [];
    const count = 3 + prng.int(5);
    for (let s = 0; s < count; s += 1) {
      const words = Array.from({ length: 6 + prng.int(18) }, () => vocab.draw(prng));
      if (words.length > 8 && prng.next() < 0.3) words[4] += ',';
      sentences.push(`${capitalize(words.join(' '))}${prng.next() < 0.1 ? '?' : '.'}`);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return { title, text: `${title}\n\n${paragraphs.join('\n\n')}` };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export { createPrng };
