// Parsing untrusted HTML into an inert DOM. Imported pages never run: no scripts, no event
// handlers, no subresource loads, no frames fetched; only the markup is read.

import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';

// jsdom takes most of a second to load; only HTML imports pay for it, and only once.
let jsdom: typeof Jsdom | null = null;
function loadJsdom(): typeof Jsdom {
  jsdom ??= createRequire(import.meta.url)('jsdom') as typeof Jsdom;
  return jsdom;
}

/**
 * runScripts and resources are deliberately left unset: jsdom's defaults then execute no
 * script (inline, external or on* handler) and fetch nothing, including iframes and images.
 * The virtual console is silent so broken CSS or markup in a page does not spam the log.
 */
export function parseInertHtml(html: string): Jsdom.JSDOM {
  const { JSDOM, VirtualConsole } = loadJsdom();
  return new JSDOM(html, { virtualConsole: new VirtualConsole() });
}

/** An HTML fragment (e.g. raw HTML inside Markdown), parsed just as inertly. */
export function parseInertFragment(html: string): DocumentFragment {
  return loadJsdom().JSDOM.fragment(html);
}
