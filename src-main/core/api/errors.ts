// The small fixed set of error codes that cross every door as data.
// Anything thrown that is not an AppError becomes an `internal` error at the router.

export const errorCodes = ['invalid_input', 'not_found', 'conflict', 'unsupported', 'internal'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorData {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toData(): ErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/**
 * What was thrown, as an AppError: an AppError as it is, anything else (a fault inside
 * Sourcebench) as an `internal` error whose message says what was not done; the thrown
 * message is kept as the detail, for the log.
 */
export function asAppError(error: unknown, notDone = 'Something went wrong inside Sourcebench; nothing was changed.'): AppError {
  if (error instanceof AppError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('internal', notDone, { detail });
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };
