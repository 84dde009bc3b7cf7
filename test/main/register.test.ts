import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/main/handlers/index';
import type { Handlers } from '../../electron/main/handlers/types';
import { registerIpc, type IpcMainLike } from '../../electron/main/ipc/register';
import { channels, contract, type Channel } from '../../shared/ipc/contract';
import { tempFolders, testDeps } from './deps';
import { invalidRequests, ownChannels, sampleRequests } from './sample-requests';

type Listener = (event: unknown, request: unknown) => Promise<unknown>;

/** ipcMain as far as register.ts uses it: the registrations are recorded and can be invoked like the page would. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const invoke = (channel: string, request: unknown) => handlers.get(channel)!({ sender: null }, request);
  return { ipcMain, handlers, invoke };
}

/** Handlers that only record that they ran. */
function recordingHandlers() {
  const calls: Channel[] = [];
  const table = Object.fromEntries(
    channels.map((channel) => [channel, async () => (calls.push(channel), { ok: true, value: {} })]),
  ) as unknown as Handlers;
  return { table, calls };
}

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel, and removes them all', () => {
    const fake = fakeIpcMain();
    const unregister = registerIpc(fake.ipcMain, recordingHandlers().table);
    expect([...fake.handlers.keys()].sort()).toEqual([...channels].sort());
    expect(channels.length).toBe(Object.keys(contract).length);
    unregister();
    expect(fake.handlers.size).toBe(0);
  });

  it('answers every channel with a response the contract accepts, through the real handlers', async () => {
    const folders = await tempFolders();
    const fake = fakeIpcMain();
    registerIpc(fake.ipcMain, createHandlers(testDeps(folders)));
    const samples = sampleRequests(folders.documentsDir);
    for (const channel of Object.keys(samples) as Channel[]) {
      const response = await fake.invoke(channel, samples[channel]);
      const parsed = contract[channel].res.safeParse(response);
      expect(parsed.success, `${channel}: ${JSON.stringify(response)}`).toBe(true);
      if (ownChannels.includes(channel)) expect(response, channel).toMatchObject({ ok: true });
    }
  });

  it.each(invalidRequests)('refuses an invalid %s request before the handler runs: %j', async (channel, request) => {
    const fake = fakeIpcMain();
    const { table, calls } = recordingHandlers();
    registerIpc(fake.ipcMain, table);
    const response = await fake.invoke(channel, request);
    expect(response).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^invalid ${channel} request`)) });
    expect(calls).toEqual([]);
  });

  it('turns a handler that throws into one plain line, never a stack', async () => {
    const fake = fakeIpcMain();
    const { table } = recordingHandlers();
    table.getPreferences = async () => {
      throw Object.assign(new Error('EACCES: permission denied, open \'/x/preferences.json\'\n    at open (node:fs)'), { code: 'EACCES' });
    };
    table.recentFiles = async () => {
      throw new TypeError('boom\n    at somewhere (file.ts:1:1)');
    };
    registerIpc(fake.ipcMain, table);
    expect(await fake.invoke('getPreferences', {})).toEqual({ ok: false, error: 'permission denied' });
    expect(await fake.invoke('recentFiles', {})).toEqual({ ok: false, error: 'boom' });
  });

  it('routes the corpus channels to the corpus service when there is one, else says it is not available', async () => {
    const folders = await tempFolders();
    const samples = sampleRequests(folders.documentsDir);
    const seen: unknown[] = [];
    const sources = { ok: true as const, value: { sources: [] } };
    const corpus = {
      searchCorpus: async (req: unknown) => (seen.push(req), { ok: true as const, value: { results: [], ms: 1 } }),
      corpusPassage: async (req: unknown) => (seen.push(req), { ok: true as const, value: { passage: null } }),
      corpusSources: async (req: unknown) => (seen.push(req), sources),
      addCorpusSource: async (req: unknown) => (seen.push(req), sources),
      setCorpusSourceEnabled: async (req: unknown) => (seen.push(req), sources),
    };
    const withCorpus = fakeIpcMain();
    registerIpc(withCorpus.ipcMain, createHandlers(testDeps(folders), { corpus }));
    const without = fakeIpcMain();
    registerIpc(without.ipcMain, createHandlers(testDeps(folders)));
    const corpusChannels = Object.keys(corpus) as (keyof typeof corpus)[];
    for (const channel of corpusChannels) {
      expect(await withCorpus.invoke(channel, samples[channel]), channel).toMatchObject({ ok: true });
      expect(await without.invoke(channel, samples[channel])).toEqual({ ok: false, error: 'the corpus is not available' });
    }
    expect(seen).toEqual(corpusChannels.map((channel) => samples[channel]));
  });
});
