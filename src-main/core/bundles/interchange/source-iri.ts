// How a source is named to other tools: its URL when known, else urn:uuid:<id>.
// Import matches the same two ways.

export function sourceIri(source: { id: string; url: string | null }): string {
  const url = source.url?.trim();
  return url !== undefined && url !== '' ? url : `urn:uuid:${source.id}`;
}

/** The id inside a urn:uuid: name, or null. */
export function uuidOfUrn(iri: string): string | null {
  const match = /^urn:uuid:([0-9a-f-]{36})$/iu.exec(iri.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

/** A URL compared without its fragment, trailing slash or letter case of scheme and host. */
export function comparableUrl(url: string): string {
  const trimmed = url.trim().replace(/#.*$/su, '');
  try {
    const parsed = new URL(trimmed);
    parsed.hash = '';
    return parsed.href.replace(/\/$/u, '');
  } catch {
    return trimmed.replace(/\/$/u, '');
  }
}
