// The marks a payload would leave, gathered for one browser context: window.__pwned or a PWNED title
// in any frame, PWNED console lines, dialogs, requests to anywhere but the page's own origin, CSP
// reports in the console, and hits on the canary server (a loopback listener the payloads call).

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';

export interface Canary {
  url: string;
  hits: string[];
  close(): Promise<void>;
}

export async function startCanary(): Promise<Canary> {
  const hits: string[] = [];
  const server: Server = createServer((request, response) => {
    hits.push(`${request.method ?? ''} ${request.url ?? ''}`);
    response.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface Watch {
  dialogs: string[];
  console: string[];
  cspReports: string[];
  outsideRequests: string[];
}

/** Listens on every page of the context; `allowed` says which request URLs are the page's own. */
export function watchContext(context: BrowserContext, allowed: (url: string) => boolean): Watch {
  const watch: Watch = { dialogs: [], console: [], cspReports: [], outsideRequests: [] };
  const onPage = (page: Page) => {
    page.on('dialog', (dialog) => {
      watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      const text = message.text();
      if (/PWNED/u.test(text)) watch.console.push(text);
      if (/Content Security Policy/iu.test(text)) watch.cspReports.push(text);
    });
  };
  context.on('page', onPage);
  for (const page of context.pages()) onPage(page);
  context.on('request', (request) => {
    if (!allowed(request.url())) watch.outsideRequests.push(request.url());
  });
  return watch;
}

export interface Marks {
  pwned: string[];
  titles: string[];
}

/** What every frame of the page says about itself: the payloads' window mark and title. */
export async function marksOn(page: Page): Promise<Marks> {
  const pwned: string[] = [];
  const titles: string[] = [];
  for (const frame of page.frames()) {
    try {
      const seen = await frame.evaluate(() => ({ pwned: (window as unknown as { __pwned?: string }).__pwned ?? null, title: document.title }));
      if (seen.pwned !== null) pwned.push(seen.pwned);
      // A payload sets the whole title; an event titled with markup may show "PWNED" inside its words.
      if (/^PWNED /u.test(seen.title)) titles.push(seen.title);
    } catch {
      // A frame that went away while we asked has nothing left to say.
    }
  }
  return { pwned, titles };
}

/** Everything a payload could have left, in one object, so a failure shows all of it at once. */
export async function evidence(page: Page, watch: Watch, canary: Canary) {
  // Timers, load events and image errors fire within a moment; give them one before looking.
  await page.waitForTimeout(400);
  const marks = await marksOn(page);
  return { ...marks, console: [...watch.console], dialogs: [...watch.dialogs], outsideRequests: [...watch.outsideRequests], canaryHits: [...canary.hits], cspReports: [...watch.cspReports] };
}

export const clean = { pwned: [], titles: [], console: [], dialogs: [], outsideRequests: [], canaryHits: [], cspReports: [] };
