// One row of the library table, exactly as `sources.list` returns it.

import type { OperationOutput } from '../../src-main/core/api/operations.ts';

export type SourceRow = OperationOutput<'sources.list'>['rows'][number];
