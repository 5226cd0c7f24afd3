// Files cross the loopback door through the staging folder: uploads are streamed
// in under fresh names, downloads go out as attachments, both behind the same guards.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../../src-main/hosts/http/server.ts';
import { attachment } from '../../../src-main/hosts/http/staged-files.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: RunningHttpServer;
let port: number;

function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ authorization: `Bearer ${server.token}` });
const upload = (body: Buffer, headers: Record<string, string> = {}) =>
  send({ method: 'POST', path: '/files?ext=sbundle', headers: { ...auth(), 'content-type': 'application/octet-stream', ...headers }, body });
const call = async (op: string, input: unknown) =>
  JSON.parse(
    (await send({ method: 'POST', path: '/api/call', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ op, input }) })).body.toString(),
  ) as { ok: boolean; value?: Record<string, unknown>; error?: { message: string } };

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sb-http-files-'));
  mkdirSync(path.join(dir, 'renderer'));
  writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>workbench</title>');
  server = await startHttpServer({ projectPath: path.join(dir, 'p.sourcebench'), port: 0, rendererDir: path.join(dir, 'renderer') });
  port = Number(new URL(server.origin).port);
});

afterAll(async () => {
  await server.close();
});

describe('staged files over HTTP', () => {
  it('streams an export out as an attachment and a bundle back in for a preview', async () => {
    expect((await call('project.loadSample', {})).ok).toBe(true);
    const exported = await call('bundles.export', { selection: { kind: 'project' } });
    const file = String(exported.value?.['file']);
    const download = await send({ path: `/files/${file}?as=${encodeURIComponent('Team "A" / März.sbundle')}`, headers: auth() });
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="Team _A_ _ M_rz.sbundle"; filename*=UTF-8''Team%20_A_%20_%20M%C3%A4rz.sbundle`);
    expect(download.body.subarray(0, 2).toString()).toBe('PK');

    const uploaded = await upload(download.body);
    expect(uploaded.status).toBe(200);
    const { value } = JSON.parse(uploaded.body.toString()) as { value: { file: string; bytes: number } };
    expect(value.file).toMatch(/^[0-9a-f-]+\.sbundle$/);
    expect(value.bytes).toBe(download.body.length);
    const preview = await call('bundles.preview', { file: value.file });
    expect(preview.ok).toBe(true);
    expect((preview.value?.['tallies'] as Record<string, { unchanged: number }>)['sources']?.unchanged).toBeGreaterThan(0);
  });

  it('keeps the guards: token, origin, site, content type, and names that stay in the folder', async () => {
    const body = Buffer.from('hello');
    expect((await send({ method: 'POST', path: '/files', headers: { 'content-type': 'application/octet-stream' }, body })).status).toBe(401);
    expect((await upload(body, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await upload(body, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await upload(body, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await send({ method: 'POST', path: '/files?ext=../x', headers: { ...auth(), 'content-type': 'application/octet-stream' }, body })).status).toBe(400);
    for (const name of ['..%2Fsecret', '%2Fetc%2Fpasswd', '.hidden']) {
      expect((await send({ path: `/files/${name}`, headers: auth() })).status).toBe(400);
    }
    expect((await send({ path: '/files/0000-missing.sbundle', headers: auth() })).status).toBe(404);
    expect((await send({ method: 'DELETE', path: '/files/x', headers: auth() })).status).toBe(405);
  });

  it('writes download names that cannot break the header', () => {
    expect(attachment('a\r\nSet-Cookie: x=1')).not.toMatch(/[\r\n]/);
    expect(attachment('..\\..\\evil')).toMatch(/^attachment; filename="_\.\._evil"/);
    expect(attachment('')).toContain('filename="download"');
  });
});
