// Who may talk to the loopback server: requests addressed to our own host and
// port (no DNS rebinding), from our own origin (no other page in the browser),
// carrying this launch's token (cookie set from the printed URL, or a bearer header).

import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface GuardVerdict {
  allowed: boolean;
  status: number;
  reason: string;
}

const allow: GuardVerdict = { allowed: true, status: 200, reason: '' };

export function cookieName(port: number): string {
  // Cookies are not scoped by port, so two launches on one host must not share a name.
  return `sourcebench_token_${port}`;
}

export function checkAddress(request: IncomingMessage, port: number): GuardVerdict {
  const ownHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const host = request.headers.host ?? '';
  if (!ownHosts.has(host)) return { allowed: false, status: 421, reason: `Requests must be addressed to 127.0.0.1:${port}.` };
  const origin = request.headers.origin;
  if (origin !== undefined && !ownHosts.has(origin.replace(/^http:\/\//, ''))) {
    return { allowed: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { allowed: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  return allow;
}

export function checkToken(request: IncomingMessage, port: number, token: string): GuardVerdict {
  const offered = bearerToken(request) ?? readCookie(request.headers.cookie ?? '', cookieName(port));
  if (offered !== null && sameSecret(offered, token)) return allow;
  return {
    allowed: false,
    status: 401,
    reason: 'Open the address Sourcebench printed when it started; it carries this launch\u2019s token.',
  };
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : null;
}

function readCookie(header: string, name: string): string | null {
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}
