// The renderer's one way to reach the core: `call(name, input)` through the
// Electron preload when it is there, else POST /api/call on the loopback server.

import type { Result } from '../../src-main/core/api/errors.ts';
import type { OperationInput, OperationName, OperationOutput } from '../../src-main/core/api/operations.ts';
import { CallError } from './call-error.ts';

export async function call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>> {
  const bridge = window.sourcebench;
  const result = bridge ? await callThroughBridge(bridge, name, input) : await callOverHttp(name, input);
  if (!result.ok) throw CallError.fromData(name, result.error);
  // The door carries untyped data; the contract's types say what the core answered.
  return result.value as OperationOutput<N>;
}

async function callThroughBridge(bridge: SourcebenchBridge, name: string, input: unknown): Promise<Result<unknown>> {
  let answer: unknown;
  try {
    answer = await bridge.call(name, input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CallError(name, 'transport', `The desktop app did not answer ${name}: ${reason}`);
  }
  const result = asResult(answer);
  if (result === null) throw new CallError(name, 'transport', `The desktop app answered ${name} with something that is not a result.`);
  return result;
}

async function callOverHttp(name: string, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  let body: string;
  try {
    response = await fetch('/api/call', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ op: name, input }),
    });
    body = await response.text();
  } catch {
    throw new CallError(name, 'transport', 'Sourcebench is not answering. Is the `sourcebench serve` command still running?');
  }
  const result = asResult(parseJson(body));
  if (result !== null) return result;
  if (response.status === 401) {
    throw new CallError(name, 'transport', 'This page is not signed in to Sourcebench. Open the address the `sourcebench serve` command printed.');
  }
  const said = body.trim().slice(0, 300);
  throw new CallError(name, 'transport', `Sourcebench's server refused ${name} (HTTP ${response.status})${said ? `: ${said}` : '.'}`);
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

/** The answer as a Result when it has that shape, else null. */
function asResult(answer: unknown): Result<unknown> | null {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) return null;
  if (answer.ok === true && 'value' in answer) return { ok: true, value: answer.value };
  if (answer.ok === false && 'error' in answer && isErrorData(answer.error)) return { ok: false, error: answer.error };
  return null;
}

function isErrorData(value: unknown): value is Extract<Result<unknown>, { ok: false }>['error'] {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    typeof value.code === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}
