// Inputs for an operation, generated from its zod schema: values of the right
// shape (with ids drawn from a pool of real ones and random ones), and
// hostile values of every wrong kind, to push through the router.

import fc from 'fast-check';
import type { z } from 'zod';

interface SchemaDef {
  type: string;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string; pattern?: RegExp } } }[];
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  defaultValue?: unknown;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

function checksOf(def: SchemaDef) {
  return (def.checks ?? []).map((c) => c._zod.def);
}

/** Values that pass the schema's shape (not always its refinements), with ids from `ids`. */
export function shapedValue(schema: z.ZodType, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const fields = Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, field]) => [key, shapedValue(field, ids)]));
      return fc.record(fields, { requiredKeys: Object.keys(fields).filter((k) => !['optional', 'default'].includes(defOf(def.shape?.[k] as z.ZodType).type)) });
    }
    case 'string': {
      const checks = checksOf(def);
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const max = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 60, 60);
      const pattern = checks.find((c) => c.format === 'regex')?.pattern;
      if (pattern !== undefined) return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= Math.max(max, min));
      return fc
        .oneof(ids, fc.string({ maxLength: max }), fc.constantFrom('2024-03-05', '2024', 'Baghdad', 'embassy', 'rocket*', 'yellow'))
        .map((s) => (s.length > max ? s.slice(0, max) : s.padEnd(min, 'x')));
    }
    case 'number': {
      const checks = checksOf(def);
      const low = checks.find((c) => c.check === 'greater_than')?.value ?? -1000;
      const high = checks.find((c) => c.check === 'less_than')?.value ?? 100_000;
      const isInt = checks.some((c) => c.format === 'safeint' || c.format === 'int32');
      return isInt
        ? fc.oneof(fc.integer({ min: Math.ceil(low), max: Math.min(Math.floor(high), low + 50) }), fc.integer({ min: Math.ceil(low), max: Math.floor(high) }))
        : fc.double({ min: low, max: high, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'optional':
      return fc.option(shapedValue(def.innerType as z.ZodType, ids), { nil: undefined });
    case 'default':
      return fc.option(shapedValue(def.innerType as z.ZodType, ids), { nil: undefined });
    case 'nullable':
      return fc.option(shapedValue(def.innerType as z.ZodType, ids), { nil: null });
    case 'array': {
      const checks = checksOf(def);
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      return fc.array(shapedValue(def.element as z.ZodType, ids), { minLength: min, maxLength: Math.max(min, 4) });
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => shapedValue(o, ids)));
    case 'pipe':
      return shapedValue(def.in as z.ZodType, ids);
    default:
      return fc.anything();
  }
}

// Strings that break naive parsing and numbers that break naive arithmetic.
const nastyString = fc.oneof(
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-Infinity', '-1', '1e309', '0x10', 'null', 'undefined', 'true', '__proto__', 'constructor', '%00', '\u0000', '\uD800', "'; DROP TABLE sources; --", '"', '*', '../../etc/passwd', 'C:\\Windows', '😀'),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer({ min: 1000, max: 300_000 }).map((n) => 'a'.repeat(n)),
);
const nastyNumber = fc.constantFrom(-1, -0, -0.5, 0.5, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 2 ** 53, Number.MIN_VALUE);
// Built through JSON.parse, as a door receives them: "__proto__" becomes an own key, not a prototype.
const prototypeKeys = fc
  .constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty')
  .chain((key) => fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`) as unknown));
const deepNesting = fc.integer({ min: 50, max: 3000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { id: value };
  return value;
});
const hugeArray = fc.integer({ min: 1000, max: 50_000 }).map((n) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'x' : 1)));

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  nastyNumber,
  fc.constantFrom(null, undefined, true, false, [], {}),
  prototypeKeys,
  deepNesting,
  hugeArray,
  fc.anything({ maxDepth: 3 }),
);

/** A shaped input with one field (at the top or one level down) replaced by a hostile value, or removed. */
export function damagedValue(schema: z.ZodType, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.tuple(shapedValue(schema, ids), hostileValue, fc.nat(), fc.boolean()).map(([value, hostile, pick, remove]) => {
    if (typeof value !== 'object' || value === null) return hostile;
    const copy = structuredClone(value) as Record<string, unknown>;
    const keys = Object.keys(copy);
    if (keys.length === 0) return JSON.parse(`{"__proto__": ${JSON.stringify(hostile ?? null) ?? 'null'}}`) as unknown;
    const key = keys[pick % keys.length] as string;
    if (remove) delete copy[key];
    else copy[key] = hostile;
    return copy;
  });
}
