// A light English stemmer (Porter's first steps and a few derivational endings), enough for
// "attacks/attacked/attacking" or "inspection/inspected" to meet; not a linguistic analysis.

const vowel = /[aeiouy]/u;

// Stems are asked for the same few thousand words over and over.
const memo = new Map<string, string>();

export function stem(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const result = stemWord(word);
  if (memo.size > 50_000) memo.clear();
  memo.set(word, result);
  return result;
}

function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/'s$/u, '').replace(/'/gu, '');
  if (w.length <= 3) return w;
  w = plural(w);
  w = pastAndProgressive(w);
  w = derivational(w);
  // A final silent e goes, so "reduce" meets "reduced" and "explode" meets "exploded".
  if (w.endsWith('e') && w.length > 4 && !w.endsWith('ee')) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3 && !vowel.test(w[w.length - 2] ?? '')) w = `${w.slice(0, -1)}i`;
  return w;
}

function plural(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('s') && w.length > 3) return w.slice(0, -1);
  return w;
}

function pastAndProgressive(w: string): string {
  if (w.endsWith('eed')) return w.length > 4 ? w.slice(0, -1) : w;
  for (const suffix of ['ed', 'ing']) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, -suffix.length);
    if (base.length < 2 || !vowel.test(base)) return w;
    if (/(at|bl|iz)$/u.test(base)) return `${base}e`;
    // "stopped" → "stop", but "killed" keeps its double l, "passed" its double s.
    if (/([^aeiouylsz])\1$/u.test(base)) return base.slice(0, -1);
    if (/^[^aeiou]*[aeiou][^aeiouwxy]$/u.test(base)) return `${base}e`;
    return base;
  }
  return w;
}

function derivational(w: string): string {
  const rules: [RegExp, string][] = [
    [/ational$/u, 'ate'],
    [/ization$/u, 'ize'],
    [/(\w{3,})ation$/u, '$1ate'],
    [/(\w{3,}[st])ion$/u, '$1'],
    [/(\w{4,})ment$/u, '$1'],
    [/(\w{3,})ness$/u, '$1'],
    [/(\w{3,})ly$/u, '$1'],
    [/(\w{3,})ful$/u, '$1'],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(w)) return w.replace(pattern, replacement);
  }
  return w;
}
