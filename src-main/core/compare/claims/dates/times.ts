// Times of day in a sentence: "11pm", "11.40pm", "23:12", "half past ten at night", "four in the
// morning", "midnight", with the looseness their wording gives ("shortly after", "about", "by").

export interface TimeRange {
  /** Minutes after midnight, from ≤ to, within 0 … 1439. */
  from: number;
  to: number;
}

export interface TimeMatch {
  /** Offsets within the searched text, modifiers included. */
  start: number;
  end: number;
  time: TimeRange;
}

export const partsOfDay: Readonly<Record<string, TimeRange>> = {
  morning: { from: 360, to: 719 },
  afternoon: { from: 720, to: 1079 },
  evening: { from: 1080, to: 1319 },
  night: { from: 1200, to: 1439 },
  dawn: { from: 300, to: 420 },
};

const hourWords: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const modifier =
  '(?:(?:at\\s+)?(?:about|around|approximately|roughly|some\\s+time\\s+after|shortly\\s+after|soon\\s+after|just\\s+after|shortly\\s+before|just\\s+before|after|before|by|until|at)\\s+)?';
const hourWord = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const clock12 = '(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?m\\.?(?![\\p{L}])';
const clock24 = '([01]?\\d|2[0-3]):([0-5]\\d)(?!\\d)';
// Spelled times need something that makes them times: "half past", "o'clock" or a part of the day.
const spelled = `(?:(half|quarter)\\s+(past|to)\\s+)?(${hourWord}|\\d{1,2})(\\s+o'clock)?(\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|tonight))?`;
const named = '(midnight|noon|midday)';

const pattern = new RegExp(`\\b${modifier}(?:${clock12}|${clock24}|${named}|${spelled})`, 'giu');

export function findTimes(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    const [whole] = m;
    const minutes = minutesOf(m);
    if (minutes === null) continue;
    const mod = /^(?:at\s+)?(about|around|approximately|roughly|some\s+time\s+after|shortly\s+after|soon\s+after|just\s+after|shortly\s+before|just\s+before|after|before|by|until|at)\s+/iu.exec(whole);
    out.push({ start: m.index, end: m.index + whole.length, time: loosen(minutes.value, minutes.round, mod?.[1]?.toLowerCase().replace(/\s+/gu, ' ') ?? '') });
  }
  return out;
}

function minutesOf(m: RegExpMatchArray): { value: number; round: boolean } | null {
  const [, h12, min12, meridiem, h24, min24, name, frac, direction, hour, oclock, part] = m;
  if (h12 !== undefined && meridiem !== undefined) {
    let h = Number(h12) % 12;
    if (meridiem.toLowerCase() === 'p') h += 12;
    if (Number(h12) > 12) return null;
    return { value: h * 60 + Number(min12 ?? 0), round: min12 === undefined };
  }
  if (h24 !== undefined && min24 !== undefined) return { value: Number(h24) * 60 + Number(min24), round: false };
  if (name !== undefined) return { value: name.toLowerCase() === 'midnight' ? 0 : 720, round: true };
  if (hour === undefined) return null;
  if (frac === undefined && oclock === undefined && part === undefined) return null;
  let h = hourWords[hour.toLowerCase()] ?? Number(hour);
  if (!(h >= 1 && h <= 12)) return null;
  const p = (part ?? '').toLowerCase();
  if (/afternoon|evening|night/u.test(p) && h < 12 && !(/night/u.test(p) && h <= 4)) h += 12;
  let value = (h % 24) * 60;
  if (frac !== undefined) {
    const offset = frac.toLowerCase() === 'half' ? 30 : 15;
    value += direction?.toLowerCase() === 'to' ? -offset : offset;
    // "half past ten" with no part of the day: the hour is 10 or 22; without more we keep the morning one.
  }
  return { value: (value + 1440) % 1440, round: frac === undefined };
}

function loosen(t: number, round: boolean, mod: string): TimeRange {
  const clamp = (from: number, to: number): TimeRange => ({ from: Math.max(0, from), to: Math.min(1439, to) });
  switch (mod) {
    case 'about': case 'around': case 'approximately': case 'roughly':
      return clamp(t - 15, t + 15);
    case 'shortly after': case 'soon after': case 'just after':
      return clamp(t, t + 20);
    case 'shortly before': case 'just before':
      return clamp(t - 20, t);
    case 'after': case 'some time after':
      return clamp(t, t + 240);
    case 'before': case 'by': case 'until':
      return clamp(t - 240, t);
    default:
      // A round hour said plainly is rarely to the minute.
      return round ? clamp(t - 5, t + 5) : clamp(t, t);
  }
}
