// The shape of one `sourcebench` command, and the argument parsing they share: parseArgs in
// strict mode, with its errors turned into usage errors (exit 2) in plain words.

import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { CliContext } from './cli-context.ts';
import { oneLine, UsageError } from './cli-context.ts';

export interface Command {
  readonly name: string;
  /** How the command is typed, e.g. "import PATH...". */
  readonly synopsis: string;
  readonly summary: string;
  /** The command's own options, shown by `sourcebench COMMAND --help`. */
  readonly help: string;
  readonly options: ParseArgsOptionsConfig;
  /** `args` is the whole argument list; the command re-parses it with its own options. */
  run(args: string[], ctx: CliContext): Promise<number>;
}

export function parseCommandArgs<O extends ParseArgsOptionsConfig>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw asUsageError(error);
  }
}

export function asUsageError(error: unknown): Error {
  if (!(error instanceof Error)) return new UsageError(String(error));
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (!code.startsWith('ERR_PARSE_ARGS_')) return error;
  // Node's own wording suggests '--' tricks that rarely help here; keep the part that names the problem.
  const unknown = /^Unknown option '([^']+)'/.exec(error.message);
  if (unknown) return new UsageError(`unknown option ${unknown[1]}`);
  const missingValue = /^Option '([^']+?)(?: <value>)?' argument missing/.exec(error.message);
  if (missingValue) return new UsageError(`${missingValue[1]} needs a value`);
  // "--start -5": Node cannot tell a negative number from a mistyped option.
  const ambiguous = /^Option '([^']+?)(?: <value>)?' argument is ambiguous/.exec(error.message);
  if (ambiguous) return new UsageError(`${ambiguous[1]} needs a value; one starting with a dash is written ${ambiguous[1]}=VALUE`);
  return new UsageError(oneLine(error.message.split(/\.\s/)[0] ?? error.message));
}

/** The positionals after the command's own name. */
export function operands(positionals: string[]): string[] {
  return positionals.slice(1);
}

/** An option's value as a whole number of at least `min`; anything else is a usage error. */
export function wholeNumber(option: string, text: string, min = 0): number {
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < min) {
    throw new UsageError(`${option} needs a whole number${min > 0 ? ` above ${min - 1}` : ''} (got "${text}")`);
  }
  return Number(text);
}
