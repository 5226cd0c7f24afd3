// Turning an imported file's bytes into a string: byte-order marks, UTF-8, UTF-16 and the
// windows-1252 fallback, and telling text apart from binary files we cannot read.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: 'binary' };

// Signatures of common binary formats that users mistake for documents. Some (PDF, RTF-less
// zips) are mostly ASCII at the start, so the control-character test alone could miss them.
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // zip: docx, odt, epub, xlsx
  [0xd0, 0xcf, 0x11, 0xe0], // old Office documents
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
];

// The characters the loop in looksBinary counts, and NUL.
const ANY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

// Above this share of control characters the "text" is not something a person wrote.
const MAX_CONTROL_SHARE = 0.01;

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked(strictDecode('utf-8', bytes.subarray(3)), 'utf-8');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked(strictDecode('utf-16le', bytes.subarray(2)), 'utf-16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked(strictDecode('utf-16be', bytes.subarray(2)), 'utf-16be');
  }
  if (hasBinarySignature(bytes)) return { ok: false, reason: 'binary' };

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16 !== null) return checked(strictDecode(utf16, bytes), utf16);
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };

  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return checked(utf8, 'utf-8');
  // windows-1252 decodes every byte, so the control-character test is what rejects binaries here.
  return checked(new TextDecoder('windows-1252').decode(bytes), 'windows-1252');
}

function strictDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checked(text: string | null, encoding: TextEncodingName): DecodeResult {
  if (text === null || looksBinary(text)) return { ok: false, reason: 'binary' };
  return { ok: true, text, encoding };
}

function hasBinarySignature(bytes: Uint8Array): boolean {
  return BINARY_SIGNATURES.some((signature) => signature.every((byte, index) => bytes[index] === byte));
}

/** True when the decoded text is mostly control characters or NULs, as binary data is. */
export function looksBinary(text: string): boolean {
  // Most text has no control character at all, which one pattern scan settles.
  if (text.length === 0 || !ANY_CONTROL.test(text)) return false;
  let control = 0;
  // Control characters are all in the BMP, so UTF-16 code units are enough (and fast).
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0) return true;
    const isC0 = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
    const isC1 = code >= 0x7f && code <= 0x9f;
    if (isC0 || isC1) control += 1;
  }
  return control / text.length > MAX_CONTROL_SHARE;
}

// UTF-16 text saved without a byte-order mark has a NUL in every other byte for Latin text;
// binary files have NULs scattered without that rhythm.
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < bytes.length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = bytes.length / 2;
  if (oddZeros / pairs > 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros / pairs > 0.6 && oddZeros === 0) return 'utf-16be';
  return null;
}
