// The open project: one SQLite file and the handful of facts handlers need about it.

import type Database from 'better-sqlite3';

export interface Project {
  readonly db: Database.Database;
  readonly path: string;
  /** Set when this open created the file, so the workbench can offer the sample. */
  readonly createdNow: boolean;
}
