// Base64 for file bytes on their way to `sources.import`, built a slice at a
// time so a 10 MB file never becomes one enormous argument list.

// A multiple of 3, so every slice encodes to whole base64 quads and the slices simply concatenate.
const sliceBytes = 3 * 8 * 1024;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += sliceBytes) {
    // 24 K arguments is well inside every engine's limit; the whole file would not be.
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + sliceBytes))));
  }
  return parts.join('');
}
