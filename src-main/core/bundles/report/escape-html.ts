// Every piece of user or imported text goes into the report through here: text and attribute values
// escaped, so nothing a page or a note carries can open a tag, close the style block or add a handler.

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
};

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  // U+2028/2029 are harmless in HTML but break any script or JSON a later tool might paste the text into.
  return text.replace(/[&<>"'\u2028\u2029]/gu, (c) => entities[c] ?? c).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu, '\uFFFD');
}

/** A fragment id made from a database id: only letters, digits and dashes survive. */
export function anchorId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9-]/gu, '_')}`;
}

/** A class suffix from a closed list (a colour, a status), or the fallback when the value is not on it. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
