// The options every command accepts. Each command parses its own arguments with these plus
// its own, so values are typed per command and an option meant for another command is refused.

import type { ParseArgsOptionsConfig } from 'node:util';

export const globalOptions = {
  project: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig;
