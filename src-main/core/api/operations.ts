// Every operation of the core, joined in one table. The renderer and the CLI
// import the *types* from here, so a misspelled name is a compile error.

import type { z } from 'zod';
import { annotationsOperations } from '../annotations/operations.ts';
import { reportOperations } from '../bundles/report/operations.ts';
import { bundlesOperations } from '../bundles/operations.ts';
import { codebookOperations } from '../codebook/operations.ts';
import { compareOperations } from '../compare/operations.ts';
import { entitiesOperations } from '../events/entities/operations.ts';
import { eventsOperations } from '../events/operations.ts';
import { historyOperations } from '../history/operations.ts';
import { interchangeOperations } from '../bundles/interchange/operations.ts';
import { projectOperations } from '../project/operations.ts';
import { searchOperations } from '../search/operations.ts';
import { sourcesOperations } from '../sources/operations.ts';
import { createRouter } from './router.ts';

export const allOperations = [
  ...projectOperations,
  ...sourcesOperations,
  ...annotationsOperations,
  ...codebookOperations,
  ...historyOperations,
  ...eventsOperations,
  ...entitiesOperations,
  ...compareOperations,
  ...searchOperations,
  ...reportOperations,
  ...interchangeOperations,
  ...bundlesOperations,
] as const;

type AllOperations = (typeof allOperations)[number];
export type OperationName = AllOperations['name'];
type OperationNamed<N extends OperationName> = Extract<AllOperations, { name: N }>;
export type OperationInput<N extends OperationName> = z.input<OperationNamed<N>['input']>;
export type OperationOutput<N extends OperationName> = ReturnType<OperationNamed<N>['run']>;

export function createCoreRouter() {
  return createRouter(allOperations);
}
