// Where the keyboard belongs to something else: a text field (its own undo,
// its own letters) or an open modal dialog.

const nonTextInputs = ['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'color', 'range'];

export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !nonTextInputs.includes(target.type);
}

export function isInModal(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog[open]') !== null;
}
