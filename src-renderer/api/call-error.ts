// The error `call` throws when an operation answers { ok: false } or a door
// fails: the core's code and message, plus per-field messages for forms.

import type { ErrorCode, ErrorData } from '../../src-main/core/api/errors.ts';
import type { FieldMessages } from '../../src-main/core/api/router.ts';

/** The core's codes, plus `transport` when the door itself failed (no answer, refused, not JSON). */
export type CallErrorCode = ErrorCode | 'transport';

export class CallError extends Error {
  readonly code: CallErrorCode;
  readonly operation: string;
  readonly details: unknown;

  constructor(operation: string, code: CallErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'CallError';
    this.operation = operation;
    this.code = code;
    this.details = details;
  }

  static fromData(operation: string, data: ErrorData): CallError {
    return new CallError(operation, data.code, data.message, data.details);
  }

  /**
   * Messages the core attached to input fields (`details.fields`, keyed by dotted path), below `under`:
   * { 'patch.publishedAt': '…' } gives { publishedAt: '…' } for under = 'patch'.
   */
  fieldMessages(under: string): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const [key, message] of Object.entries(fieldsOf(this.details))) {
      if (key.startsWith(`${under}.`)) messages[key.slice(under.length + 1)] = message;
    }
    return messages;
  }
}

/** A readable sentence for any thrown value, for toasts and alerts. */
export function describeError(error: unknown): string {
  if (error instanceof CallError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

function fieldsOf(details: unknown): FieldMessages {
  if (typeof details !== 'object' || details === null || !('fields' in details)) return {};
  const { fields } = details;
  if (typeof fields !== 'object' || fields === null) return {};
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
