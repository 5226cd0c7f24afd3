// One source in full, exactly as `sources.get` returns it, and the shape of a
// metadata edit as `sources.update` takes it.

import type { OperationInput, OperationOutput } from '../../src-main/core/api/operations.ts';

export type SourceDetail = OperationOutput<'sources.get'>;
export type RemovedLine = SourceDetail['removedLines'][number];
export type MetadataPatch = OperationInput<'sources.update'>['patch'];
