// The history domain's operations: undo, redo, and what each would do next.

import { z } from 'zod';
import { defineOperation } from '../api/contract.ts';
import { historyState, step } from './undo-redo.ts';

export const historyOperations = [
  defineOperation('history.state', z.object({}), (project) => historyState(project.db)),
  defineOperation('history.undo', z.object({}), (project) => step(project.db, 'undo')),
  defineOperation('history.redo', z.object({}), (project) => step(project.db, 'redo')),
] as const;
