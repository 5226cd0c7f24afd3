// What every command is handed: where output goes, which project to use, whether to print JSON,
// and the exit codes and error printing shared by all commands.

import type { ErrorData } from '../core/api/errors.ts';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
}

export interface CliContext {
  readonly io: CliIo;
  readonly projectPath: string;
  readonly json: boolean;
}

export const exitCode = { ok: 0, failure: 1, usage: 2 } as const;

/** A mistake in how the command was typed (exit 2), as opposed to a failure while doing it (exit 1). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function printJson(ctx: CliContext, value: unknown): void {
  ctx.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** A failure the user must see: one line on stderr, and in JSON mode the same data on stdout for scripts. */
export function printFailure(ctx: CliContext, error: ErrorData): number {
  ctx.io.stderr(`sourcebench: ${oneLine(error.message)}\n`);
  if (ctx.json) printJson(ctx, { error: { code: error.code, message: error.message } });
  return exitCode.failure;
}

export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
