// The one router: looks an operation up by name, validates its input, runs
// it, and turns every outcome into data ({ ok, value } or { ok, error }).

import { z } from 'zod';
import type { AnyOperation } from './contract.ts';
import { AppError, asAppError, type Result } from './errors.ts';
import type { Project } from '../project/project.ts';
import { recordUndoable } from '../history/record-undoable.ts';

export interface Router {
  readonly names: readonly string[];
  call(project: Project, name: string, input: unknown): Result<unknown>;
}

export function createRouter(operations: readonly AnyOperation[]): Router {
  const table = new Map<string, AnyOperation>();
  for (const operation of operations) {
    if (table.has(operation.name)) throw new Error(`Operation ${operation.name} is registered twice; names must be unique.`);
    table.set(operation.name, operation);
  }
  return {
    names: [...table.keys()].sort(),
    call(project, name, input) {
      const operation = table.get(name);
      if (!operation) {
        return failure(new AppError('not_found', `Unknown operation "${String(name)}".`));
      }
      const parsed = operation.input.safeParse(input ?? {});
      if (!parsed.success) {
        return failure(new AppError('invalid_input', describeIssues(name, parsed.error), { fields: fieldMessages(parsed.error) }));
      }
      try {
        // Every operation is one transaction: it happens whole or not at all.
        const { undoLabel } = operation;
        const run = project.db.transaction(() =>
          undoLabel === undefined
            ? operation.run(project, parsed.data)
            : recordUndoable(project.db, undoLabel, () => operation.run(project, parsed.data)),
        );
        return { ok: true, value: run() };
      } catch (error) {
        return failure(asAppError(error));
      }
    },
  };
}

function failure(error: AppError): Result<never> {
  return { ok: false, error: error.toData() };
}

function describeIssues(name: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'input';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `Invalid input for ${name}: ${parts.join('; ')}${more}.`;
}

/** The contract's form for invalid input: the first message per field, keyed by its dotted path. */
export type FieldMessages = Record<string, string>;

function fieldMessages(error: z.ZodError): FieldMessages {
  const fields: FieldMessages = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : 'input';
    fields[key] ??= issue.message;
  }
  return fields;
}
