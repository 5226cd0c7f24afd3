// How the library writes dates and counts: publication dates stay as the
// partial ISO dates the user typed; import times use the user's locale.

const importedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatImportedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : importedFormat.format(date);
}
