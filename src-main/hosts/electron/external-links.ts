// Links in the workbench (a source's URL, a link in its text) open in the
// system browser, and only after the user agrees: imported content chooses
// those URLs, so the user sees where a link goes before anything opens. Pure.

const openableProtocols = new Set(['http:', 'https:', 'mailto:']);
const longestShown = 300;

/** The URL to hand to the system browser, or null for anything that is not a web or mail link. */
export function externalLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!openableProtocols.has(parsed.protocol)) return null;
  // user:password@ in a link is a classic way to disguise its real host.
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

export interface LinkQuestion {
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
}

/** The confirmation dialog; button 0 opens. The host is named on its own line, where a long URL cannot hide it. */
export function externalLinkQuestion(target: string): LinkQuestion {
  const url = new URL(target);
  const shown = target.length > longestShown ? `${target.slice(0, longestShown)}…` : target;
  const where = url.protocol === 'mailto:' ? `An e-mail to ${url.pathname}` : `Site: ${url.host}`;
  return {
    message: url.protocol === 'mailto:' ? 'Write this e-mail in your mail app?' : 'Open this link in your browser?',
    detail: `${where}\n\n${shown}`,
    buttons: [url.protocol === 'mailto:' ? 'Open Mail App' : 'Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  };
}
