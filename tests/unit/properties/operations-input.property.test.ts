// Every operation of the contract, fed generated input through the router:
// wrong types, missing fields, huge strings and arrays, awkward numbers,
// prototype keys, deep nesting, and well-shaped input with random or real ids.
// The answer is ok or a plain refusal, never `internal`, and the project file
// stays sound.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { allOperations } from '../../../src-main/core/api/operations.ts';
import { checkDatabase } from '../../../src-main/core/project/check-project.ts';
import { freshCore, importText, unwrap } from '../core-harness.ts';
import { assertCounted } from './counted-property.ts';
import { damagedValue, hostileValue, shapedValue } from './schema-arbitrary.ts';

const core = freshCore();
afterAll(() => core.close());

const allowedRefusals = ['invalid_input', 'not_found', 'conflict', 'unsupported'];
const realIds: string[] = [];

beforeAll(() => {
  const first = importText(core, 'Rockets hit the embassy in Baghdad on Tuesday.\nOfficials said three people were hurt.', 'First');
  const second = importText(core, 'The embassy in Baghdad was attacked on Tuesday.\nThree people were hurt, officials said.', 'Second');
  const highlight = unwrap(core.call('annotations.create', { sourceId: first, target: { start: 0, end: 11 }, tagNames: ['attack'] }));
  const event = unwrap(core.call('events.create', { title: 'Embassy attack' }));
  const entity = unwrap(core.call('entities.create', { name: 'Baghdad', kind: 'place' }));
  unwrap(core.call('events.link', { highlightId: highlight.id, eventId: event.id }));
  const tags = unwrap(core.call('tags.list', {}));
  realIds.push(first, second, highlight.id, event.id, entity.id, ...JSON.stringify(tags).match(/[0-9a-f]{8}-[0-9a-f-]{27}/g) ?? []);
});

// Real ids are known only after beforeAll, so the pool is read when values are drawn.
const ids = fc.oneof(fc.constant(null).chain(() => fc.constantFrom(...realIds)), fc.uuid(), fc.string({ minLength: 1, maxLength: 12 }));

function expectPlainAnswer(name: string, input: unknown): void {
  let result;
  try {
    result = core.callUntyped(name, input);
  } catch (error) {
    throw new Error(`${name} threw instead of answering: ${String(error)}`);
  }
  if (result.ok) return;
  const shown = (() => {
    try {
      return JSON.stringify(input)?.slice(0, 300);
    } catch {
      return String(input);
    }
  })();
  expect(allowedRefusals, `${name} answered ${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.details)?.slice(0, 300)} for ${shown}`).toContain(result.error.code);
  expect(result.error.message.length).toBeGreaterThan(0);
}

function expectSound(): void {
  expect(checkDatabase(core.project.db)).toEqual([]);
  expect(core.project.db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
}

// Loading the sample is slow and does the same each time; a few runs say enough.
const runsFor = (name: string, runs: number) => (name === 'project.loadSample' ? 2 : runs);

describe('every operation on generated input', () => {
  it('refuses hostile input in plain words', () => {
    for (const operation of allOperations) {
      assertCounted(`${operation.name} hostile input`, [hostileValue], (input) => expectPlainAnswer(operation.name, input), runsFor(operation.name, 10));
    }
    expectSound();
  });

  it('refuses input with one field broken or missing in plain words', () => {
    for (const operation of allOperations) {
      const schema = operation.input as z.ZodType;
      assertCounted(`${operation.name} damaged input`, [damagedValue(schema, ids)], (input) => expectPlainAnswer(operation.name, input), runsFor(operation.name, 10));
    }
    expectSound();
  });

  it('answers well-shaped input with real and random ids', () => {
    for (const operation of allOperations) {
      const schema = operation.input as z.ZodType;
      assertCounted(`${operation.name} well-shaped input`, [shapedValue(schema, ids)], (input) => expectPlainAnswer(operation.name, input), runsFor(operation.name, 12));
    }
    expectSound();
  });

  // What the property found: redo of a highlight whose source was deleted in between failed as `internal`.
  // Deleting a source is now a step of its own, so it replaces the redo branch (tests/unit/history has the rest).
  it('does not redo a highlight whose source was deleted since, and says so in plain words', () => {
    const sourceId = importText(core, 'A source that will be deleted before the redo.', 'Doomed');
    unwrap(core.call('annotations.create', { sourceId, target: { start: 0, end: 8 } }));
    unwrap(core.call('history.undo', {}));
    unwrap(core.call('sources.delete', { id: sourceId }));
    const redo = core.call('history.redo', {});
    expect(redo.ok ? null : redo.error.code).toBe('conflict');
    expect(redo.ok ? '' : redo.error.message).toBe('There is nothing to redo.');
    expectSound();
  });
});
