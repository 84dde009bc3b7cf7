import { channels, contract, type Channel, type RendererApi, type Req, type Res } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** set by the desktop preload; absent in browser mode */
    api?: RendererApi;
  }
}

/** One contract channel over HTTP: POST /api/<channel>, the answer checked against the contract. */
const post =
  <C extends Channel>(channel: C) =>
  async (req: Req<C>): Promise<Res<C>> => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(req),
      });
      const parsed = contract[channel].res.safeParse(await response.json());
      if (parsed.success) return parsed.data as Res<C>;
      return { ok: false, error: `the local server sent an unexpected answer to ${channel}` } as Res<C>;
    } catch {
      return { ok: false, error: 'the local Penholder server cannot be reached' } as Res<C>;
    }
  };

/** Browser mode: the same RendererApi against the local server (electron/web/server.ts). */
export function httpApi(): RendererApi {
  const calls = Object.fromEntries(channels.map((channel) => [channel, post(channel)]));
  return {
    ...(calls as { [C in Channel]: RendererApi[C] }),
    mode: 'browser',
    // there is no native menu in a browser: the in-app menubar runs commands directly
    onMenuCommand: () => () => undefined,
    // browser mode takes its one launch file at start (npm start -- <file>)
    onLaunchFile: () => () => undefined,
    onCloseRequested: (listener) => {
      window.addEventListener('beforeunload', listener);
      return () => window.removeEventListener('beforeunload', listener);
    },
  };
}

export const api: RendererApi = window.api ?? httpApi();
