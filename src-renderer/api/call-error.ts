// The error `call` throws when an operation answers { ok: false } or a door
// fails: the core's code and message, plus per-field messages for forms.

import type { ErrorCode, ErrorData } from '../../src-main/core/api/errors.ts';

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
   * Messages the core attached to input fields (zod issues), keyed by the path
   * below `under`: issues at ['patch', 'publishedAt'] give { publishedAt: '…' } for under = 'patch'.
   */
  fieldMessages(under: string): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const issue of issuesOf(this.details)) {
      const [head, field] = issue.path;
      if (head === under && typeof field === 'string' && messages[field] === undefined) messages[field] = issue.message;
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

interface Issue {
  path: unknown[];
  message: string;
}

function issuesOf(details: unknown): Issue[] {
  if (typeof details !== 'object' || details === null || !('issues' in details)) return [];
  const { issues } = details;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is Issue =>
      typeof issue === 'object' && issue !== null && Array.isArray(issue.path) && typeof issue.message === 'string',
  );
}
