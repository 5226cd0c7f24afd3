// The preload's bridge, run against a stand-in for Electron's ipcRenderer and
// contextBridge: the page gets only known menu actions and well-formed open
// requests, can stop listening, and a bundle that arrives before the page
// listens is kept for it.

import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isOpenRequest, isSaveStaged, isStageUpload, menuActionChannel, openRequestChannel } from '../../../src-main/hosts/electron/channel.ts';

interface Bridge {
  call(op: unknown, input: unknown): Promise<unknown>;
  stageUpload(data: unknown, extension: unknown): Promise<unknown>;
  saveStaged(file: unknown, suggestedName: unknown): Promise<unknown>;
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
  it('exposes call, the two file passages and the two listeners, and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['sourcebench']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onMenuAction', 'onOpenRequest', 'saveStaged', 'stageUpload']);
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

describe('file passages', () => {
  it('send bytes and staged names on their own channels, and refuse other shapes before main sees them', async () => {
    const data = new ArrayBuffer(4);
    await bridge.stageUpload(data, 'sbundle');
    expect(fake.invoked.at(-1)).toEqual(['sourcebench:stage-upload', { data, extension: 'sbundle' }]);
    await bridge.saveStaged('0190c0de-1.sbundle', 'Project.sbundle');
    expect(fake.invoked.at(-1)).toEqual(['sourcebench:save-staged', { file: '0190c0de-1.sbundle', suggestedName: 'Project.sbundle' }]);
    await expect(bridge.stageUpload('not bytes', 'sbundle')).rejects.toThrow(TypeError);
    await expect(bridge.saveStaged({ path: '/etc/passwd' }, 'x')).rejects.toThrow(TypeError);
  });

  it('main accepts only short letter-and-digit extensions and staged names', () => {
    expect(isStageUpload({ data: new ArrayBuffer(1), extension: 'qdpx' })).toBe(true);
    expect(isStageUpload({ data: new ArrayBuffer(1), extension: '../x' })).toBe(false);
    expect(isStageUpload({ data: 'bytes', extension: 'json' })).toBe(false);
    expect(isSaveStaged({ file: '0190c0de-1.html', suggestedName: 'report.html' })).toBe(true);
    expect(isSaveStaged({ file: '../../etc/passwd', suggestedName: 'x' })).toBe(false);
    expect(isSaveStaged({ file: 'a.html', suggestedName: 'x'.repeat(300) })).toBe(false);
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
