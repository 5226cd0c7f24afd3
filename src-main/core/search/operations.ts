// The search domain's operations: the one search box, and the global
// annotations table built on the same indexes (its rows, bulk actions, CSV).

import { defineOperation } from '../api/contract.ts';
import { searchQuery, searchQueryInput } from './search-query.ts';
import { annotationsBulk, annotationsBulkInput } from './table/bulk-actions.ts';
import { exportCsv, exportCsvInput } from './table/export-csv.ts';
import { annotationsTableInput } from './table/table-input.ts';
import { annotationsTable } from './table/table-query.ts';

export const searchOperations = [
  defineOperation('search.query', searchQueryInput, (project, input) => searchQuery(project.db, input)),
  defineOperation('annotations.table', annotationsTableInput, (project, input) => annotationsTable(project.db, input)),
  defineOperation('annotations.bulk', annotationsBulkInput, (project, input) => annotationsBulk(project.db, input), {
    undoLabel: 'Change selected highlights',
  }),
  defineOperation('annotations.exportCsv', exportCsvInput, (project, input) => exportCsv(project.db, input.ids)),
] as const;
