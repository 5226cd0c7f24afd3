// Files crossing the loopback door: POST /files streams a request body into
// the project's staging folder and answers its staged name; GET /files/<name>
// streams a staged file back as a download. Operations then take the names.

import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { AppError, type Result } from '../../core/api/errors.ts';
import type { Project } from '../../core/project/project.ts';
import { MAX_UPLOAD_BYTES, newStagedName, stagedPath } from '../../core/project/staging.ts';

export async function handleStagedFiles(request: IncomingMessage, response: ServerResponse, url: URL, project: Project): Promise<void> {
  if (url.pathname === '/files') {
    if (request.method !== 'POST') return answer(response, 405, failure('invalid_input', 'Use POST to send a file.'));
    return receiveUpload(request, response, url, project);
  }
  if (request.method !== 'GET') return answer(response, 405, failure('invalid_input', 'Use GET to fetch a staged file.'));
  return sendStaged(response, url, project);
}

async function receiveUpload(request: IncomingMessage, response: ServerResponse, url: URL, project: Project): Promise<void> {
  // Not a type a page may send cross-site without a preflight, which we never grant.
  if (!(request.headers['content-type'] ?? '').startsWith('application/octet-stream')) {
    return answer(response, 415, failure('invalid_input', 'Send the file as application/octet-stream.'));
  }
  const extension = url.searchParams.get('ext') ?? 'bin';
  if (!/^[a-z0-9]{1,12}$/.test(extension)) return answer(response, 400, failure('invalid_input', 'The file extension may hold only letters and digits.'));
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > MAX_UPLOAD_BYTES) return tooLarge(request, response);
  const name = newStagedName(extension);
  const target = stagedPath(project, name);
  let size = 0;
  let overflow = false;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_UPLOAD_BYTES && !overflow) {
      overflow = true;
      request.unpipe();
      request.resume();
    }
  });
  try {
    await pipeline(request, createWriteStream(target));
  } catch (error) {
    rmSync(target, { force: true });
    if (overflow) return tooLarge(request, response);
    throw error;
  }
  if (overflow) {
    rmSync(target, { force: true });
    return tooLarge(request, response);
  }
  answer(response, 200, { ok: true, value: { file: name, bytes: size } });
}

function tooLarge(request: IncomingMessage, response: ServerResponse): void {
  request.resume();
  response.setHeader('Connection', 'close');
  answer(response, 413, failure('invalid_input', `The file is larger than ${MAX_UPLOAD_BYTES / 1024 ** 3} GB.`));
}

async function sendStaged(response: ServerResponse, url: URL, project: Project): Promise<void> {
  let filePath: string;
  try {
    filePath = stagedPath(project, decodeURIComponent(url.pathname.slice('/files/'.length)));
  } catch (error) {
    return answer(response, 400, { ok: false, error: (error as AppError).toData() });
  }
  let bytes: number;
  try {
    bytes = statSync(filePath).size;
  } catch {
    return answer(response, 404, failure('not_found', 'No such staged file.'));
  }
  response.setHeader('Content-Type', 'application/octet-stream');
  response.setHeader('Content-Length', String(bytes));
  response.setHeader('Content-Disposition', attachment(url.searchParams.get('as') ?? 'download'));
  response.setHeader('Cache-Control', 'no-store');
  response.writeHead(200);
  await pipeline(createReadStream(filePath), response);
}

/** An attachment header that names the file but cannot break out of the header or the folder. */
export function attachment(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f"\\/:*?<>|]+/g, '_').replace(/^\.+/, '').trim().slice(0, 150) || 'download';
  const ascii = clean.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}

function failure(code: 'invalid_input' | 'not_found', message: string): Result<never> {
  return { ok: false, error: new AppError(code, message).toData() };
}

function answer(response: ServerResponse, status: number, value: unknown): void {
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.writeHead(status).end(JSON.stringify(value));
}
