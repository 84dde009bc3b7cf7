import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, resolve } from 'node:path';
import { createHandlers, type Services } from '../main/handlers/index';
import type { LaunchFiles } from '../main/launch-files';
import type { Handlers } from '../main/handlers/types';
import type { MainDeps } from '../main/deps';
import { dispatch, isChannel } from '../main/ipc/dispatch';
import { BodyTooLarge, readBody, send, sendJson } from './http-util';
import { contentType, staticFile } from './static-files';
import { webDeps } from './web-deps';

/**
 * Browser mode: the renderer in any local browser, against the same handlers as the desktop app.
 *
 *   startWebServer({ rendererDir, documentsDir, userDataDir, port? }) → Promise<{ url, close() }>
 *
 * - rendererDir: the Vite-built renderer (`npm run build:web` → out/renderer-web/), served at "/".
 * - documentsDir: the only folder documents are opened from, saved to, imported from and exported to;
 *   a path may be relative to it or absolute inside it, anything escaping it is refused.
 * - userDataDir: preferences, recent files and the recovery file.
 * - port: 0 (the default) = any free port. The server listens on 127.0.0.1 only.
 * - url: "http://127.0.0.1:<port>/" (with the trailing slash). close() stops it.
 *
 * Every contract channel is `POST /api/<channel>` with the request as JSON (Content-Type: application/json)
 * and answers 200 with the channel's response, `{ ok: true, value }` or `{ ok: false, error }`; an unknown
 * channel is 404, bad JSON 400, a body over 96 MB 413, each with `{ ok: false, error }` too. Uploads for
 * importFile are `{ name, dataBase64 }`. `GET /documents/<name>` downloads a file of the documents folder
 * (an export, say). Requests whose Host or Origin is not this server are refused (no DNS rebinding, no
 * other site posting here), and every response carries the app's CSP.
 */
export interface WebServerOptions {
  rendererDir: string;
  documentsDir: string;
  userDataDir: string;
  port?: number;
  /**
   * the agreed-language corpus: `{ corpus: service.handlers, corpusText: service.corpusText }` of
   * createCorpusService (electron/main/corpus); without it the corpus channels answer "the corpus is not available"
   */
  services?: Services;
  /** the file `npm start -- <file>` names: the page opens it at start */
  launchFiles?: LaunchFiles;
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

const MAX_REQUEST_BYTES = 96 * 1024 * 1024;

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  await mkdir(options.documentsDir, { recursive: true });
  await mkdir(options.userDataDir, { recursive: true });
  const deps = { ...webDeps(resolve(options.documentsDir), resolve(options.userDataDir)), ...(options.launchFiles ? { launchFiles: options.launchFiles } : {}) };
  const handlers = createHandlers(deps, options.services);
  const rendererDir = resolve(options.rendererDir);
  let origin = '';
  const server = createServer((req, res) => {
    route(req, res, { origin, rendererDir, handlers, deps }).catch(() => sendJson(res, 500, { ok: false, error: 'internal error' }));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

interface Context {
  origin: string;
  rendererDir: string;
  handlers: Handlers;
  deps: MainDeps;
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const port = new URL(ctx.origin).port;
  if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
    return send(res, 403, 'forbidden host', { 'Content-Type': 'text/plain' });
  }
  const path = new URL(req.url ?? '/', ctx.origin).pathname;
  if (path.startsWith('/api/')) return api(req, res, ctx, path.slice('/api/'.length));
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', { 'Content-Type': 'text/plain', Allow: 'GET, HEAD' });
  if (path.startsWith('/documents/')) return download(res, ctx, path.slice('/documents/'.length));
  const file = await staticFile(ctx.rendererDir, path);
  if (!file) return send(res, 404, 'not found', { 'Content-Type': 'text/plain' });
  send(res, 200, req.method === 'HEAD' ? '' : file.bytes, { 'Content-Type': contentType(file.path), 'Cache-Control': 'no-cache' });
}

async function api(req: IncomingMessage, res: ServerResponse, ctx: Context, channel: string): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: 'use POST' });
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== ctx.origin && origin !== ctx.origin.replace('127.0.0.1', 'localhost')) {
    return sendJson(res, 403, { ok: false, error: 'forbidden origin' });
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, { ok: false, error: 'send the request as application/json' });
  }
  if (!isChannel(channel)) return sendJson(res, 404, { ok: false, error: `unknown request '${channel}'` });
  let body: unknown;
  try {
    const text = await readBody(req, MAX_REQUEST_BYTES);
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    if (error instanceof BodyTooLarge) return sendJson(res, 413, { ok: false, error: 'the request is too large' });
    return sendJson(res, 400, { ok: false, error: 'the request is not valid JSON' });
  }
  sendJson(res, 200, await dispatch(ctx.handlers, channel, body));
}

async function download(res: ServerResponse, ctx: Context, name: string): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    return send(res, 404, 'not found', { 'Content-Type': 'text/plain' });
  }
  const path = await ctx.deps.paths.resolve(decoded).catch(() => null);
  const bytes = path ? await ctx.deps.fs.readFile(path).catch(() => null) : null;
  if (!path || !bytes) return send(res, 404, 'not found', { 'Content-Type': 'text/plain' });
  const encoded = encodeURIComponent(basename(path));
  send(res, 200, bytes, { 'Content-Type': contentType(path), 'Content-Disposition': `attachment; filename*=UTF-8''${encoded}` });
}
