// The user-facing errors an import can end in, worded once so every door shows the same
// one-line message naming the file and what Sourcebench accepts instead.

import { AppError } from '../../api/errors.ts';

const ACCEPTED = 'Sourcebench imports plain text, Markdown and HTML.';

/** The name shown to the user: the file name without any folders before it. */
export function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.trim() === '' ? 'The file' : base;
}

export function fileTooLarge(fileName: string, size: number, limit: number): AppError {
  return new AppError(
    'invalid_input',
    `${displayName(fileName)} is ${formatSize(size)}, over the ${formatSize(limit)} import limit.`,
    { size, limit },
  );
}

export function emptyFile(fileName: string, onlyWhitespace: boolean): AppError {
  const what = onlyWhitespace ? 'contains only blank space' : 'is empty';
  return new AppError('invalid_input', `${displayName(fileName)} ${what}; there is no text to import.`);
}

export function binaryFile(fileName: string): AppError {
  return new AppError('unsupported', `${displayName(fileName)} looks like a binary file, not text; ${ACCEPTED}`);
}

export function unsupportedFormat(fileName: string, description: string): AppError {
  return new AppError('unsupported', `${displayName(fileName)} is ${description}; ${ACCEPTED}`);
}

/** Sizes as people read them: "812 bytes", "48 KB", "12.4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trimZero(bytes / 1024)} KB`;
  return `${trimZero(bytes / (1024 * 1024))} MB`;
}

function trimZero(value: number): string {
  // One decimal tells 10.0 MB from 10.4 MB; a whole number reads better without ".0".
  const fixed = value.toFixed(1);
  return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
}

export function noReadableText(fileName: string): AppError {
  return new AppError('invalid_input', `${displayName(fileName)} has no readable text to import.`);
}
