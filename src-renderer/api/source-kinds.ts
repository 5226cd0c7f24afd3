// The kinds a source can be, as the contract spells them, with the labels the
// workbench shows. The renderer may not import the core's values, so the list
// is repeated here; `satisfies` fails to compile if the two drift apart.

import type { OperationOutput } from '../../src-main/core/api/operations.ts';

export type SourceKind = NonNullable<OperationOutput<'sources.get'>['kind']>;

export const sourceKindLabels = {
  news: 'News',
  analysis: 'Analysis',
  encyclopedia: 'Encyclopedia',
  report: 'Report',
  other: 'Other',
} as const satisfies Record<SourceKind, string>;

export const sourceKinds = Object.keys(sourceKindLabels) as SourceKind[];

export function isSourceKind(value: string): value is SourceKind {
  return Object.hasOwn(sourceKindLabels, value);
}
