// `sourcebench serve`: browser mode. Starts the loopback HTTP server over the project, prints
// the address to open, and runs until Ctrl-C (SIGINT) or SIGTERM, then closes cleanly.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { AppError, type ErrorData } from '../../core/api/errors.ts';
import { appRoot } from '../../core/project/app-root.ts';
import { exitCode, printFailure, printJson, UsageError } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';

const options = {
  ...globalOptions,
  port: { type: 'string' },
  host: { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

// The server binds 127.0.0.1 only: browser mode is for this machine, never the network.
const loopbackNames = new Set(['127.0.0.1', 'localhost']);

export const serveCommand: Command = {
  name: 'serve',
  synopsis: 'serve',
  summary: 'Run the workbench in your browser (browser mode)',
  help: `Usage: sourcebench serve [--port N] [--host 127.0.0.1] [--project FILE] [--json]

Serves the workbench on this machine only (127.0.0.1) and prints the address
to open, which carries a fresh access token. Runs until Ctrl-C.

  --port N   port to listen on (default: a free port chosen by the system)
  --host     only 127.0.0.1 is accepted
  --json     print { "url", "origin", "token" } instead of a sentence
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    if (operands(positionals).length > 0) throw new UsageError('serve takes no arguments');
    if (values.host !== undefined && !loopbackNames.has(values.host)) {
      throw new UsageError(`browser mode only listens on 127.0.0.1, so that nothing else on the network can reach your project (got --host ${values.host})`);
    }
    const port = values.port === undefined ? 0 : parsePort(values.port);

    const rendererDir = path.join(appRoot(), 'out', 'renderer');
    if (!existsSync(path.join(rendererDir, 'index.html'))) {
      return printFailure(ctx, { code: 'not_found', message: `The browser workbench is not built yet (${rendererDir} is missing); run "npm run build" first.` });
    }

    // Loaded only here, so the other commands never pay for the HTTP host.
    const { startHttpServer } = await import('../../hosts/http/server.ts');
    let server: Awaited<ReturnType<typeof startHttpServer>>;
    try {
      server = await startHttpServer({ projectPath: ctx.projectPath, port, rendererDir });
    } catch (error) {
      return printFailure(ctx, startErrorData(error, port));
    }
    if (ctx.json) printJson(ctx, { url: server.url, origin: server.origin, token: server.token });
    else ctx.io.stdout(`Sourcebench is running in browser mode at ${server.url}\nPress Ctrl-C to stop.\n`);

    await stopSignal();
    await server.close();
    return exitCode.ok;
  },
};

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port needs a number from 0 to 65535 (got "${text}")`);
  return port;
}

function startErrorData(error: unknown, port: number): ErrorData {
  if (error instanceof AppError) return error.toData();
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return { code: 'conflict', message: `Port ${port} is already in use; choose another with --port, or leave it out to use any free port.` };
  return { code: 'internal', message: `Browser mode could not start: ${error instanceof Error ? error.message : String(error)}` };
}

function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
