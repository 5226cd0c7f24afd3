// Writing XML text safely (escaped, without characters XML 1.0 forbids) and
// reading XML from strangers: no DOCTYPE at all, so no entity can expand.

import { XMLParser } from 'fast-xml-parser';
import { AppError } from '../../api/errors.ts';

const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  // A literal CR would be read back as a line feed (XML end-of-line handling); the reference keeps it.
  return value.replace(forbidden, '\uFFFD').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/\r/gu, '&#13;');
}

export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/gu, '&quot;').replace(/\n/gu, '&#10;').replace(/\t/gu, '&#9;');
}

export type XmlNode = Record<string, unknown>;

/**
 * Parses `xml` into plain objects: attributes as "@_name", elements named in
 * `repeated` always as lists, namespace prefixes dropped, text kept as written.
 */
export function parseUntrustedXml(xml: string, what: string, repeated: ReadonlySet<string>): XmlNode {
  // REFI-QDA needs no DTD; refusing it outright rules out entity-expansion bombs and external entities.
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml)) {
    throw new AppError('invalid_input', `${what} declares a DOCTYPE or entities, which Sourcebench refuses in imported files.`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Deeper documents are refused, which also bounds every recursion over the result.
    maxNestedTags: 100,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && repeated.has(name),
  });
  try {
    return parser.parse(xml, true) as XmlNode;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('invalid_input', `${what} is not well-formed XML (${detail.split('\n')[0]?.slice(0, 200)}).`);
  }
}
