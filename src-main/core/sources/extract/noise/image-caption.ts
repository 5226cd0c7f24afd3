// Captions and alt texts that clippers keep from figures: lines labelled "Image:", "Photo:",
// "[Video]" and the like. They describe a picture the reader no longer sees.

import { atMostWords } from '../line-shape.ts';
import { perLineRule } from './noise-rule.ts';

const LABELLED = /^\(?(?:image|images|photo|photos|photograph|picture|caption|illustration|graphic|video|gallery|slideshow|infographic)\s*(?:\d+\s*)?:\s*\S/i;
const BRACKETED = /^\[(?:image|photo|picture|video|graphic|illustration)\b[^\]]*\](?:\s.*)?$/i;

export function isImageCaption(line: string): boolean {
  return (LABELLED.test(line) || BRACKETED.test(line)) && atMostWords(line, 60);
}

export const imageCaptionRule = perLineRule('image caption', isImageCaption);
