import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from '../../../src-main/core/sources/extract/decode-bytes.ts';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const pair = [code & 0xff, code >> 8];
    bytes.push(...(endian === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(bytes);
}

describe('decodeBytes', () => {
  it('decodes UTF-8 with and without a byte-order mark', () => {
    expect(decodeBytes(new TextEncoder().encode('Café — naïve'))).toEqual({ ok: true, text: 'Café — naïve', encoding: 'utf-8' });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hello')]);
    expect(decodeBytes(withBom)).toEqual({ ok: true, text: 'Hello', encoding: 'utf-8' });
  });

  it('decodes UTF-16 little and big endian by their byte-order marks', () => {
    expect(decodeBytes(utf16('Über den Fluss', 'le', true))).toEqual({ ok: true, text: 'Über den Fluss', encoding: 'utf-16le' });
    expect(decodeBytes(utf16('Über den Fluss', 'be', true))).toEqual({ ok: true, text: 'Über den Fluss', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 saved without a byte-order mark', () => {
    expect(decodeBytes(utf16('Plain words here', 'le', false))).toMatchObject({ ok: true, text: 'Plain words here' });
  });

  it('falls back to windows-1252 only when the bytes are not valid UTF-8', () => {
    // "Café “quoted”" as windows-1252: é = E9, curly quotes = 93/94.
    const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: 'Café “quoted”', encoding: 'windows-1252' });
  });

  it('refuses NUL-laden and control-character data as binary', () => {
    expect(decodeBytes(Uint8Array.from([0x41, 0x00, 0x00, 0x07, 0x42, 0x00, 0x13, 0x00, 0x00]))).toEqual({ ok: false, reason: 'binary' });
    const noise = Uint8Array.from({ length: 400 }, (_, index) => (index * 37 + 11) % 32);
    expect(decodeBytes(noise)).toEqual({ ok: false, reason: 'binary' });
  });

  it('refuses known binary document signatures even when the start looks like text', () => {
    expect(decodeBytes(new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>'))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toEqual({ ok: false, reason: 'binary' });
  });

  it('accepts text with the odd stray control character', () => {
    expect(looksBinary(`${'An ordinary sentence. '.repeat(20)}\u0007`)).toBe(false);
  });
});
