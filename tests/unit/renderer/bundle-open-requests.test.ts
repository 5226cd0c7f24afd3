// A .sbundle the desktop app was asked to open reaches the renderer's open-bundle
// flow: the real preload (over a stand-in for Electron's IPC) feeds the renderer's
// listener, including a bundle that arrived while the page was still starting.

import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openRequestChannel } from '../../../src-main/hosts/electron/channel.ts';
import { listenForBundleOpenRequests } from '../../../src-renderer/bundles/open-requests.ts';

const fake = vi.hoisted(() => ({ exposed: new Map<string, unknown>() }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
    ipcRenderer: Object.assign(new Emitter(), { invoke: () => Promise.resolve({ ok: true, value: null }) }),
  };
});

let bridge: SourcebenchBridge;
let ipc: EventEmitter;

beforeAll(async () => {
  ipc = (await import('electron')).ipcRenderer as unknown as EventEmitter;
  await import('../../../src-main/hosts/electron/preload.ts');
  // Double-clicked before the renderer listens: the app was launched by the bundle.
  ipc.emit(openRequestChannel, {}, { kind: 'openBundle', file: 'launched-with.sbundle' });
  bridge = fake.exposed.get('sourcebench') as SourcebenchBridge;
});

describe('bundles handed over by the desktop app', () => {
  it('opens the staged bundle that launched the app, then each one opened later, until it stops listening', () => {
    const opened: string[] = [];
    const stop = listenForBundleOpenRequests(bridge, (file) => opened.push(file));
    expect(opened).toEqual(['launched-with.sbundle']);
    ipc.emit(openRequestChannel, {}, { kind: 'openBundle', file: 'second.sbundle' });
    ipc.emit(openRequestChannel, {}, { kind: 'openBundle', file: '../../etc/passwd' });
    expect(opened).toEqual(['launched-with.sbundle', 'second.sbundle']);
    stop();
    ipc.emit(openRequestChannel, {}, { kind: 'openBundle', file: 'after-stop.sbundle' });
    expect(opened).toEqual(['launched-with.sbundle', 'second.sbundle']);
  });

  it('does nothing in browser mode, where there is no bridge', () => {
    const opened: string[] = [];
    const stop = listenForBundleOpenRequests(undefined, (file) => opened.push(file));
    stop();
    expect(opened).toEqual([]);
  });

  it('does nothing with a bridge that cannot hand over files', () => {
    const opened: string[] = [];
    listenForBundleOpenRequests({ call: () => Promise.resolve(null) }, (file) => opened.push(file))();
    expect(opened).toEqual([]);
  });
});
