// Browser mode: the workbench served on 127.0.0.1 with one API route,
// POST /api/call {op, input} → the core's Result as JSON.

import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError, type Result } from '../../core/api/errors.ts';
import { openHostCore } from '../../core/project/host-core.ts';
import { checkAddress, checkToken, cookieName, sameSecret } from './request-guard.ts';
import { securityHeaders } from './security-headers.ts';
import { handleStagedFiles } from './staged-files.ts';
import { readStaticFile } from './static-files.ts';
import { MAX_REQUEST_BYTES } from '../../core/limits.ts';

export { MAX_REQUEST_BYTES } from '../../core/limits.ts';

export interface HttpServerOptions {
  projectPath: string;
  port: number;
  rendererDir: string;
}

export interface RunningHttpServer {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  // Scheduled backups and restores between calls come with the host core.
  const core = openHostCore(options.projectPath);
  const token = randomBytes(32).toString('base64url');
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendJson(response, 500, failure(new AppError('internal', 'The server failed to answer.', { detail })));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    const address = checkAddress(request, port);
    if (!address.allowed) return sendText(response, address.status, address.reason);

    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const offeredInUrl = url.searchParams.get('token');
    if (request.method === 'GET' && offeredInUrl !== null && sameSecret(offeredInUrl, token)) {
      // Trade the printed URL's token for an HttpOnly cookie, so page scripts never hold it.
      response.setHeader('Set-Cookie', `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      response.setHeader('Location', url.pathname);
      response.writeHead(303).end();
      return;
    }
    const tokenVerdict = checkToken(request, port, token);
    if (!tokenVerdict.allowed) return sendText(response, tokenVerdict.status, tokenVerdict.reason);

    if (url.pathname === '/api/call') {
      if (request.method !== 'POST') return sendText(response, 405, 'Use POST for /api/call.');
      return handleCall(request, response);
    }
    if (url.pathname === '/files' || url.pathname.startsWith('/files/')) return handleStagedFiles(request, response, url, core.project);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed.');
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (file === null) return sendText(response, 404, 'Not found.');
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Cache-Control', 'no-cache');
    response.writeHead(200).end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A JSON content type cannot be sent cross-site without a CORS preflight, which we never grant.
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, failure(new AppError('invalid_input', 'Send the call as application/json.')));
    }
    const body = await readBody(request, MAX_REQUEST_BYTES);
    if (body === null) {
      response.setHeader('Connection', 'close');
      return sendJson(response, 413, failure(new AppError('invalid_input', `The request is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MB.`)));
    }
    let envelope: unknown;
    try {
      envelope = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(response, 400, failure(new AppError('invalid_input', 'The request body is not valid JSON.')));
    }
    if (typeof envelope !== 'object' || envelope === null || typeof (envelope as { op?: unknown }).op !== 'string') {
      return sendJson(response, 400, failure(new AppError('invalid_input', 'The request must be {"op": "...", "input": {...}}.')));
    }
    const { op, input } = envelope as { op: string; input?: unknown };
    sendJson(response, 200, core.callUntyped(op, input));
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    core.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          core.close();
          resolve();
        });
      }),
  };
}

function failure(error: AppError): Result<never> {
  return { ok: false, error: error.toData() };
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.writeHead(status).end(JSON.stringify(value));
}

function sendText(response: ServerResponse, status: number, message: string): void {
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.writeHead(status).end(message);
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? '0');
    if (declared > limit) {
      request.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping the body; drain the rest so the 413 reaches the client.
        request.removeAllListeners('data');
        request.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
