// Runs one benchmark phase in a child process and returns what it printed
// on its "RESULT <json>" line; its other output passes through to ours.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function runPhase<T>(script: URL, phase: string, args: unknown): T {
  const child = spawnSync(process.execPath, [fileURLToPath(script), phase, JSON.stringify(args)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = (child.stdout ?? '').split('\n');
  for (const line of lines) if (line !== '' && !line.startsWith('RESULT ')) console.log(line);
  const result = lines.find((line) => line.startsWith('RESULT '));
  if (child.status !== 0 || result === undefined) throw new Error(`phase ${phase} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(result.slice('RESULT '.length)) as T;
}
