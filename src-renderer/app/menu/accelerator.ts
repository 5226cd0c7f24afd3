// Reads the menu table's accelerator strings ("CmdOrCtrl+Shift+Z") for the page:
// matching a key press, showing the keys to people, and naming them for assistive tech.

export const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(accelerator: string): Chord {
  const parts = accelerator.split('+');
  // "CmdOrCtrl++" would end in two empty parts; the table writes "=" instead, so the last part is the key.
  const key = (parts.pop() ?? '').toLowerCase();
  const has = (name: string) => parts.includes(name);
  return { mod: has('CmdOrCtrl'), shift: has('Shift'), alt: has('Alt'), key };
}

/** True when the key press is the accelerator: CmdOrCtrl is Meta on macOS and Control elsewhere. */
export function matchesAccelerator(event: KeyboardEvent, accelerator: string): boolean {
  const chord = parse(accelerator);
  const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (mod !== chord.mod || event.altKey !== chord.alt) return false;
  const key = event.key.toLowerCase();
  // Ctrl and "+" is how most people ask for larger text; on most layouts it is Shift and "=".
  if (chord.key === '=' && !chord.shift) return key === '=' || key === '+';
  return event.shiftKey === chord.shift && key === chord.key;
}

const macSymbols: Record<string, string> = { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥' };

/** The keys as people read them: "Ctrl+Shift+Z", or "⇧⌘Z" on macOS. */
export function displayAccelerator(accelerator: string): string {
  const chord = parse(accelerator);
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
  if (isMac) return `${chord.alt ? macSymbols['Alt'] : ''}${chord.shift ? macSymbols['Shift'] : ''}${chord.mod ? macSymbols['CmdOrCtrl'] : ''}${key}`;
  return [chord.mod ? 'Ctrl' : null, chord.alt ? 'Alt' : null, chord.shift ? 'Shift' : null, key].filter(Boolean).join('+');
}

/** The value of aria-keyshortcuts ("Control+Shift+Z"). */
export function ariaKeyShortcut(accelerator: string): string {
  const chord = parse(accelerator);
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
  return [chord.mod ? (isMac ? 'Meta' : 'Control') : null, chord.alt ? 'Alt' : null, chord.shift ? 'Shift' : null, key].filter(Boolean).join('+');
}
