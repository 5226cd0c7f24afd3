// How an operation is declared: a `domain.verb` name, an input schema checked
// at the boundary, and a synchronous handler over the open project.

import type { z } from 'zod';
import type { Project } from '../project/project.ts';

export interface Operation<Name extends string, Input extends z.ZodType, Output> {
  readonly name: Name;
  readonly input: Input;
  readonly run: (project: Project, input: z.output<Input>) => Output;
  /** Set for operations the user can undo: the label the Undo command shows. */
  readonly undoLabel?: string;
}

export interface OperationOptions {
  undoLabel?: string;
}

export function defineOperation<const Name extends string, Input extends z.ZodType, Output>(
  name: Name,
  input: Input,
  run: (project: Project, input: z.output<Input>) => Output,
  options: OperationOptions = {},
): Operation<Name, Input, Output> {
  return options.undoLabel === undefined ? { name, input, run } : { name, input, run, undoLabel: options.undoLabel };
}

// Erased form kept in the router's table; the typed form lives in OperationMap.
export type AnyOperation = Operation<string, z.ZodType, unknown>;
