// The loopback server answers only to its own token, host and origin, keeps
// request sizes bounded, and carries the core's results as JSON.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES, startHttpServer, type RunningHttpServer } from '../../../src-main/hosts/http/server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: RunningHttpServer;
let port: number;

function send(options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ authorization: `Bearer ${server.token}` });
const callBody = (op: string, input: unknown = {}) => JSON.stringify({ op, input });

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sb-http-'));
  const rendererDir = path.join(dir, 'renderer');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>workbench</title>');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer folder');
  server = await startHttpServer({ projectPath: path.join(dir, 'p.sourcebench'), port: 0, rendererDir });
  port = Number(new URL(server.origin).port);
});

afterAll(async () => {
  await server.close();
});

describe('loopback server', () => {
  it('listens on 127.0.0.1 and prints a URL carrying a long random token', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses requests without the token', async () => {
    const reply = await send({ path: '/' });
    expect(reply.status).toBe(401);
    expect(reply.body).toMatch(/address Sourcebench printed/);
    const call = await send({ method: 'POST', path: '/api/call', headers: { 'content-type': 'application/json' }, body: callBody('project.info') });
    expect(call.status).toBe(401);
  });

  it('refuses a wrong token', async () => {
    const reply = await send({ path: '/', headers: { authorization: 'Bearer not-the-token' } });
    expect(reply.status).toBe(401);
    const viaUrl = await send({ path: '/?token=guess' });
    expect(viaUrl.status).toBe(401);
  });

  it('trades the printed URL for an HttpOnly, SameSite=Strict cookie that then opens the workbench', async () => {
    const first = await send({ path: `/?token=${server.token}` });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await send({ path: '/', headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>workbench</title>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const reply = await send({ path: '/', headers: { ...auth(), host: `evil.example:${port}` } });
    expect(reply.status).toBe(421);
  });

  it('refuses calls from another origin or site even with the token', async () => {
    const foreign = await send({
      method: 'POST',
      path: '/api/call',
      headers: { ...auth(), 'content-type': 'application/json', origin: 'http://evil.example' },
      body: callBody('project.info'),
    });
    expect(foreign.status).toBe(403);
    const crossSite = await send({ path: '/', headers: { ...auth(), 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
  });

  it('answers a call with the core result as JSON', async () => {
    const reply = await send({
      method: 'POST',
      path: '/api/call',
      headers: { ...auth(), 'content-type': 'application/json', origin: server.origin },
      body: callBody('project.info'),
    });
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as { ok: boolean; value: { sourceCount: number; name: string } };
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({ sourceCount: 0, name: 'p' });
  });

  it('carries core errors as data with a human message', async () => {
    const reply = await send({
      method: 'POST',
      path: '/api/call',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: callBody('sources.get', { id: 'nope' }),
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'not_found', message: 'No source with id nope.' } });
  });

  it('refuses non-JSON calls, malformed JSON and missing operation names', async () => {
    const form = await send({ method: 'POST', path: '/api/call', headers: { ...auth(), 'content-type': 'text/plain' }, body: callBody('project.info') });
    expect(form.status).toBe(415);
    const broken = await send({ method: 'POST', path: '/api/call', headers: { ...auth(), 'content-type': 'application/json' }, body: '{"op":' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toBe('The request body is not valid JSON.');
    const noOp = await send({ method: 'POST', path: '/api/call', headers: { ...auth(), 'content-type': 'application/json' }, body: '{"input":{}}' });
    expect(noOp.status).toBe(400);
  });

  it('refuses a body over the size limit', async () => {
    const reply = await send({
      method: 'POST',
      path: '/api/call',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: Buffer.alloc(MAX_REQUEST_BYTES + 1, 0x20),
    });
    expect(reply.status).toBe(413);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send({ path: attempt, headers: auth() });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('outside the renderer folder');
    }
  });
});
