// Units a quantity can be stated in, with the factor to its dimension's base unit (metres,
// square metres, kilograms, litres, minutes, one currency unit, percent), so 500 m and 1 km compare.

import type { Word } from '../../text/words.ts';

export interface Unit {
  dimension: string;
  factor: number;
  /** How the base unit reads. */
  base: string;
  /** Words the unit took. */
  length: number;
}

const single: Readonly<Record<string, [string, number, string]>> = {
  mm: ['length', 0.001, 'm'], millimetre: ['length', 0.001, 'm'], millimetres: ['length', 0.001, 'm'], millimeter: ['length', 0.001, 'm'],
  millimeters: ['length', 0.001, 'm'], cm: ['length', 0.01, 'm'], m: ['length', 1, 'm'], metre: ['length', 1, 'm'], metres: ['length', 1, 'm'],
  meter: ['length', 1, 'm'], meters: ['length', 1, 'm'], km: ['length', 1000, 'm'], kilometre: ['length', 1000, 'm'],
  kilometres: ['length', 1000, 'm'], kilometer: ['length', 1000, 'm'], kilometers: ['length', 1000, 'm'], mile: ['length', 1609.34, 'm'],
  miles: ['length', 1609.34, 'm'], yard: ['length', 0.9144, 'm'], yards: ['length', 0.9144, 'm'], foot: ['length', 0.3048, 'm'],
  feet: ['length', 0.3048, 'm'], ft: ['length', 0.3048, 'm'],
  acre: ['area', 4046.86, 'm²'], acres: ['area', 4046.86, 'm²'], hectare: ['area', 10_000, 'm²'], hectares: ['area', 10_000, 'm²'],
  kg: ['mass', 1, 'kg'], kilogram: ['mass', 1, 'kg'], kilograms: ['mass', 1, 'kg'], tonne: ['mass', 1000, 'kg'], tonnes: ['mass', 1000, 'kg'],
  ton: ['mass', 1000, 'kg'], tons: ['mass', 1000, 'kg'],
  litre: ['volume', 1, 'l'], litres: ['volume', 1, 'l'], liter: ['volume', 1, 'l'], liters: ['volume', 1, 'l'],
  gallon: ['volume', 3.785, 'l'], gallons: ['volume', 3.785, 'l'], barrel: ['volume', 159, 'l'], barrels: ['volume', 159, 'l'],
  percent: ['percent', 1, '%'],
  dollar: ['money:USD', 1, 'USD'], dollars: ['money:USD', 1, 'USD'], euro: ['money:EUR', 1, 'EUR'], euros: ['money:EUR', 1, 'EUR'],
  second: ['duration', 1 / 60, 'min'], seconds: ['duration', 1 / 60, 'min'], minute: ['duration', 1, 'min'], minutes: ['duration', 1, 'min'],
  hour: ['duration', 60, 'min'], hours: ['duration', 60, 'min'], day: ['duration', 1440, 'min'], days: ['duration', 1440, 'min'],
  week: ['duration', 10_080, 'min'], weeks: ['duration', 10_080, 'min'], month: ['duration', 43_830, 'min'], months: ['duration', 43_830, 'min'],
  year: ['duration', 525_960, 'min'], years: ['duration', 525_960, 'min'], decade: ['duration', 5_259_600, 'min'], decades: ['duration', 5_259_600, 'min'],
};

const squareOf: Readonly<Record<string, number>> = { metres: 1, meters: 1, kilometres: 1e6, kilometers: 1e6, km: 1e6, miles: 2_589_988, mile: 2_589_988 };

/** The unit starting at word `at`, if any. */
export function readUnit(ws: readonly Word[], at: number): Unit | null {
  const a = ws[at]?.norm;
  if (a === undefined) return null;
  if ((a === 'square' || a === 'sq') && ws[at + 1] !== undefined) {
    const factor = squareOf[ws[at + 1]?.norm ?? ''];
    if (factor !== undefined) return { dimension: 'area', factor, base: 'm²', length: 2 };
  }
  if (a === 'per' && ws[at + 1]?.norm === 'cent') return { dimension: 'percent', factor: 1, base: '%', length: 2 };
  const unit = single[a];
  if (unit === undefined) return null;
  return { dimension: unit[0], factor: unit[1], base: unit[2], length: 1 };
}

/** A currency sign written right before the number ("$ 150 billion", "€20m"). */
export function currencyBefore(text: string, numberStart: number): Unit | null {
  const before = text.slice(Math.max(0, numberStart - 4), numberStart);
  if (/(?:US)?\$\s*$/u.test(before)) return { dimension: 'money:USD', factor: 1, base: 'USD', length: 0 };
  if (/€\s*$/u.test(before)) return { dimension: 'money:EUR', factor: 1, base: 'EUR', length: 0 };
  if (/£\s*$/u.test(before)) return { dimension: 'money:GBP', factor: 1, base: 'GBP', length: 0 };
  return null;
}

/** A percent sign right after the number ("12%"). */
export function percentAfter(text: string, numberEnd: number): boolean {
  return /^\s?%/u.test(text.slice(numberEnd, numberEnd + 2));
}
