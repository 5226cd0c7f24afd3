// The comparison form of text: whitespace runs fold to one space, typographic quote marks to ASCII and
// invisible characters vanish, so re-typeset text still matches. Index maps lead back to the real text.

export interface NormalizedText {
  readonly raw: string;
  readonly text: string;
  /** toRaw[i]: raw index of the first character behind normalized char i; toRaw[text.length] = raw.length. */
  readonly toRaw: Int32Array;
  /** toNorm[r]: normalized index that raw char r folds into (or the next one, for dropped chars). */
  readonly toNorm: Int32Array;
}

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const DOUBLE_QUOTE = 0x22;
const DROPPED = -1;

/** Maps one UTF-16 code unit to its comparison code, SPACE for any whitespace, DROPPED for invisibles. */
function fold(code: number): number {
  if (code <= 0x7e) {
    // Fast path: tab, newline, vertical tab, form feed, carriage return are the only ASCII whitespace besides space.
    return code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d ? SPACE : code;
  }
  switch (code) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x02bc:
      return APOSTROPHE;
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033:
      return DOUBLE_QUOTE;
    // Soft hyphen, zero-width space/joiners, BOM: web imports sprinkle these without changing the words.
    case 0x00ad: case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff:
      return DROPPED;
    case 0x0085: case 0x00a0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000:
      return SPACE;
    default:
      return code >= 0x2000 && code <= 0x200a ? SPACE : code;
  }
}

export function normalizeText(raw: string): NormalizedText {
  const codes = new Uint16Array(raw.length);
  const toRaw = new Int32Array(raw.length + 1);
  const toNorm = new Int32Array(raw.length + 1);
  let n = 0;
  let inSpace = false;
  for (let r = 0; r < raw.length; r++) {
    const code = fold(raw.charCodeAt(r));
    if (code === DROPPED) {
      toNorm[r] = n;
      continue;
    }
    if (code === SPACE) {
      if (inSpace) {
        toNorm[r] = n - 1;
        continue;
      }
      inSpace = true;
    } else {
      inSpace = false;
    }
    codes[n] = code;
    toRaw[n] = r;
    toNorm[r] = n;
    n++;
  }
  toRaw[n] = raw.length;
  toNorm[raw.length] = n;
  return { raw, text: decode(codes, n), toRaw: toRaw.subarray(0, n + 1), toNorm };
}

/** Same folding as normalizeText, for short strings (quotes, context) that need no index maps. */
export function normalizeFragment(raw: string): string {
  const codes = new Uint16Array(raw.length);
  let n = 0;
  let inSpace = false;
  for (let r = 0; r < raw.length; r++) {
    const code = fold(raw.charCodeAt(r));
    if (code === DROPPED) continue;
    if (code === SPACE) {
      if (inSpace) continue;
      inSpace = true;
    } else {
      inSpace = false;
    }
    codes[n++] = code;
  }
  // Same decoder as the full text, so a stray surrogate becomes U+FFFD on both sides and still matches.
  return decode(codes, n);
}

/** Raw range covered by normalized range [start, end): whole whitespace runs, no dropped chars at the edges. */
export function rawRange(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const rawStart = norm.toRaw[start] ?? norm.raw.length;
  let rawEnd = norm.toRaw[end] ?? norm.raw.length;
  while (rawEnd > rawStart && fold(norm.raw.charCodeAt(rawEnd - 1)) === DROPPED) rawEnd--;
  return { start: rawStart, end: rawEnd };
}

// Decoding the code-unit buffer as UTF-16 builds the string in one native step; String.fromCharCode
// over chunks cost ~2 ms per 15 KB. Typed arrays use the platform's byte order, so name it.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le') : null;

function decode(codes: Uint16Array, length: number): string {
  const units = codes.subarray(0, length);
  if (utf16 !== null) return utf16.decode(units);
  let out = '';
  for (let i = 0; i < length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}
