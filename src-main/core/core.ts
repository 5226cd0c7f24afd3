// The in-process door: one open project and a typed `call`. The CLI, the
// tests and the other two doors (IPC, loopback HTTP) all go through this.

import type { Result } from './api/errors.ts';
import { createCoreRouter, type OperationInput, type OperationName, type OperationOutput } from './api/operations.ts';
import { closeProject, openProject, type OpenProjectOptions } from './project/open-project.ts';
import type { Project } from './project/project.ts';

export interface Core {
  readonly project: Project;
  call<N extends OperationName>(name: N, input: OperationInput<N>): Result<OperationOutput<N>>;
  /** For doors that receive names and inputs as untyped data (IPC, HTTP). */
  callUntyped(name: string, input: unknown): Result<unknown>;
  close(): void;
}

export function openCore(projectPath: string, options: OpenProjectOptions = {}): Core {
  const project = openProject(projectPath, options);
  const router = createCoreRouter();
  return {
    project,
    call: (name, input) => router.call(project, name, input) as Result<OperationOutput<typeof name>>,
    callUntyped: (name, input) => router.call(project, name, input),
    close: () => closeProject(project),
  };
}
