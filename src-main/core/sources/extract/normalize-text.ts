// The one place text is normalized: line breaks, Unicode composition, tabs and invisible or
// control characters. Every format's lines pass through here so all lines obey the same rules.

// Characters that render as nothing and only get in the way of search and highlighting.
// ZWJ/ZWNJ and bidi marks are kept: they change how Persian, Arabic, Indic text and emoji render.
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
// C0 and C1 controls other than tab and newline, which are handled separately.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAKS = /\r\n|[\r\u000b\u000c\u0085\u2028\u2029]/g;

/** Normalizes a whole decoded file and splits it into lines (no line is ever dropped). */
export function normalizeToLines(text: string): string[] {
  // The same steps as normalizeLine, each over the whole text at once (no step reaches across a
  // line break, and NFC never composes one), then only the trimming per line.
  return normalizeCharacters(text.replace(LINE_BREAKS, '\n'))
    .split('\n')
    .map((line) => line.trimEnd());
}

/** One line of text: NFC, tabs as spaces, no controls or invisible characters, no trailing space. */
export function normalizeLine(line: string): string {
  return normalizeCharacters(line).trimEnd();
}

function normalizeCharacters(text: string): string {
  return text.normalize('NFC').replace(/\t+/g, ' ').replace(CONTROL, '').replace(INVISIBLE, '');
}

/**
 * A block of flowing text (an HTML paragraph, a Markdown paragraph) as one line: any run of
 * ASCII whitespace, including newlines inside the source markup, becomes a single space;
 * non-breaking spaces are left alone because authors put them there on purpose.
 */
export function normalizeBlockText(text: string): string {
  return normalizeLine(text.replace(/[ \t\n\r\f\v\u2028\u2029]+/g, ' ')).trim();
}
