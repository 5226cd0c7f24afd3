#!/usr/bin/env node
// The `sourcebench` executable: runs the CLI against the real process and sets the exit code
// (rather than calling process.exit) so output still being written to a pipe is not cut off.

import { runCli } from './run-cli.ts';

// `sourcebench sources | head` closes the pipe early; that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  env: process.env,
});
