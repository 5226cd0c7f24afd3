// The preload's bridge, run against a stand-in for Electron's ipcRenderer and
// contextBridge: the page gets only known menu actions and well-formed open
// requests, can stop listening, and a bundle that arrives before the page
// listens is kept for it.

import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isOpenRequest, menuActionChannel, openRequestChannel } from '../../../src-main/hosts/electron/channel.ts';

interface Bridge {
  call(op: unknown, input: unknown): Promise<unknown>;
  onMenuAction(listener: (action: string) => void): () => void;
  onOpenRequest(listener: (request: unknown) => void): () => void;
}

const fake = vi.hoisted(() => ({ exposed: new Map<string, unknown>(), invoked: [] as unknown[][] }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipcRenderer = Object.assign(new Emitter(), {
    invoke: (channel: string, payload: unknown) => {
      fake.invoked.push([channel, payload]);
      return Promise.resolve({ ok: true, value: null });
    },
  });
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
    ipcRenderer,
  };
});

let bridge: Bridge;
let ipc: EventEmitter;

beforeAll(async () => {
  ipc = (await import('electron')).ipcRenderer as unknown as EventEmitter;
  // A bundle handed over while the page is still loading, before anyone listens.
  const early = { kind: 'openBundle', file: 'early.sbundle' };
  await import('../../../src-main/hosts/electron/preload.ts');
  ipc.emit(openRequestChannel, {}, early);
  bridge = fake.exposed.get('sourcebench') as Bridge;
});

describe('preload bridge', () => {
  it('exposes call, onMenuAction and onOpenRequest and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['sourcebench']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onMenuAction', 'onOpenRequest']);
  });

  it('hands a bundle that came before any listener to the first listener, once', () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = bridge.onOpenRequest((r) => first.push(r));
    const stopSecond = bridge.onOpenRequest((r) => second.push(r));
    expect(first).toEqual([{ kind: 'openBundle', file: 'early.sbundle' }]);
    expect(second).toEqual([]);
    ipc.emit(openRequestChannel, {}, { kind: 'openBundle', file: 'next.sbundle', path: '/etc/passwd' });
    expect(second).toEqual([{ kind: 'openBundle', file: 'next.sbundle' }]);
    stopFirst();
    stopSecond();
  });

  it('drops open requests that are not well formed', () => {
    const got: unknown[] = [];
    const stop = bridge.onOpenRequest((r) => got.push(r));
    for (const bad of [null, 'x.sbundle', { kind: 'openBundle', file: '../x.sbundle' }, { kind: 'openBundle', file: '/tmp/x.sbundle' }, { kind: 'deleteAll', file: 'a.sbundle' }]) {
      ipc.emit(openRequestChannel, {}, bad);
    }
    expect(got).toEqual([]);
    stop();
  });

  it('passes on known menu actions only, and stops when unsubscribed', () => {
    const got: string[] = [];
    const stop = bridge.onMenuAction((action) => got.push(action));
    ipc.emit(menuActionChannel, {}, 'go.library');
    ipc.emit(menuActionChannel, {}, 'file.format-disk');
    ipc.emit(menuActionChannel, {}, { id: 'edit.undo' });
    ipc.emit(menuActionChannel, {}, 'edit.undo');
    expect(got).toEqual(['go.library', 'edit.undo']);
    stop();
    ipc.emit(menuActionChannel, {}, 'go.events');
    expect(got).toEqual(['go.library', 'edit.undo']);
    expect(ipc.listenerCount(menuActionChannel)).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => bridge.onMenuAction('nope' as unknown as (a: string) => void)).toThrow(TypeError);
  });

  it('forwards calls with an operation name and refuses others', async () => {
    await bridge.call('project.info', {});
    expect(fake.invoked.at(-1)).toEqual(['sourcebench:call', { op: 'project.info', input: {} }]);
    await expect(bridge.call(42, {})).rejects.toThrow(TypeError);
  });
});

describe('isOpenRequest', () => {
  it('accepts a staged bundle name and nothing shaped otherwise', () => {
    expect(isOpenRequest({ kind: 'openBundle', file: '0190c0de-1.sbundle' })).toBe(true);
    expect(isOpenRequest({ kind: 'openBundle', file: '' })).toBe(false);
    expect(isOpenRequest({ kind: 'openBundle', file: 'a/b.sbundle' })).toBe(false);
    expect(isOpenRequest({ kind: 'openBundle' })).toBe(false);
  });
});
