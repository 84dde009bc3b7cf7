import { request } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { channels, contract, type Channel } from '../../shared/ipc/contract';
import { serializePenholderFile } from '../../shared/model/read-file';
import { tempFolders } from './deps';
import { invalidRequests, ownChannels, sampleFile, sampleRequests } from './sample-requests';

let server: WebServer;
let folders: Awaited<ReturnType<typeof tempFolders>>;
const INDEX = '<!doctype html><title>Penholder</title><script type="module" src="./assets/app.js"></script>';

beforeAll(async () => {
  folders = await tempFolders('penholder-web-');
  const rendererDir = join(folders.root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), INDEX);
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("penholder")');
  await writeFile(join(folders.root, 'secret.txt'), 'not for the page');
  server = await startWebServer({ rendererDir, documentsDir: folders.documentsDir, userDataDir: folders.userDataDir, port: 0 });
});
afterAll(() => server.close());

const post = (channel: string, body: unknown, headers: Record<string, string> = {}) => postText(channel, JSON.stringify(body), headers);

const postText = async (channel: string, text: string, headers: Record<string, string> = {}) => {
  const response = await fetch(new URL(`api/${channel}`, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: text,
  });
  return { status: response.status, body: (await response.json()) as unknown };
};

/** A raw request, for what fetch will not send (a foreign Host header, an unnormalized path). */
const raw = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(server.url);
    const req = request({ host: '127.0.0.1', port: url.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

describe('browser mode server', () => {
  it('listens on 127.0.0.1 only, on the port it was given (0 = any)', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(new URL(server.url).port).not.toBe('0');
  });

  it('serves the built renderer with the strict CSP', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(await response.text()).toBe(INDEX);
    const script = await fetch(new URL('assets/app.js', server.url));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/nothing-here.js'])('does not serve %s', async (path) => {
    expect((await raw(path)).status).toBe(404);
  });

  it('implements every contract channel as POST /api/<channel>, with contract-valid answers', async () => {
    const samples = sampleRequests(folders.documentsDir);
    expect(Object.keys(samples).sort()).toEqual([...channels].sort());
    for (const channel of Object.keys(samples) as Channel[]) {
      const { status, body } = await post(channel, samples[channel]);
      expect(status, channel).toBe(200);
      expect(contract[channel].res.safeParse(body).success, `${channel}: ${JSON.stringify(body)}`).toBe(true);
      if (ownChannels.includes(channel)) expect(body, channel).toMatchObject({ ok: true });
    }
  });

  it('saves into the documents folder and opens the same document again', async () => {
    const saved = await post('saveDocument', { path: 'round trip', file: sampleFile });
    const path = join(folders.documentsDir, 'round trip.penholder.json');
    expect(saved.body).toMatchObject({ ok: true, value: { path: expect.stringMatching(/round trip\.penholder\.json$/) } });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(JSON.parse(serializePenholderFile(sampleFile)));
    expect((await post('openDocument', { path: 'round trip.penholder.json' })).body).toMatchObject({ ok: true, value: { file: sampleFile } });
    const listed = (await post('listDocuments', {})).body as { value: { entries: { name: string }[] } };
    expect(listed.value.entries.map((e) => e.name)).toContain('round trip.penholder.json');
  });

  it('Save As without a name picks a free name from the title, never overwriting', async () => {
    const first = (await post('saveDocument', { file: sampleFile })).body as { value: { path: string } };
    const second = (await post('saveDocument', { file: sampleFile })).body as { value: { path: string } };
    expect(first.value.path).toMatch(/\/Test\.penholder\.json$/);
    expect(second.value.path).toMatch(/\/Test \(2\)\.penholder\.json$/);
  });

  it.each([
    ['openDocument', { path: '../secret.txt' }],
    ['openDocument', { path: join(folders?.root ?? '/tmp', 'secret.txt') }],
    ['openDocument', { path: '/etc/passwd' }],
    ['saveDocument', { path: '../escaped', file: sampleFile }],
    ['importFile', { path: '../secret.txt' }],
  ])('refuses a path escaping the documents folder: %s %j', async (channel, request) => {
    const { status, body } = await post(channel, request);
    expect(status).toBe(200);
    expect(body).toEqual({ ok: false, error: expect.stringMatching(/outside the documents folder/) });
    expect(await readFile(join(folders.root, 'secret.txt'), 'utf8')).toBe('not for the page');
  });

  it('has no dialog to open from: it says to pick from the list', async () => {
    expect((await post('openDocument', {})).body).toEqual({ ok: false, error: expect.stringMatching(/choose a document/) });
  });

  it.each(invalidRequests)('answers an invalid %s request with { ok: false }: %j', async (channel, request) => {
    const { status, body } = await post(channel, request);
    expect(status).toBe(200);
    expect(body).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^invalid ${channel} request`)) });
  });

  it('refuses unknown channels, bad JSON, other content types, other origins and other hosts', async () => {
    expect(await post('deleteEverything', {})).toEqual({ status: 404, body: { ok: false, error: "unknown request 'deleteEverything'" } });
    expect(await post('toString', {})).toMatchObject({ status: 404 });
    expect(await postText('getPreferences', '{not json')).toEqual({ status: 400, body: { ok: false, error: 'the request is not valid JSON' } });
    expect(await post('getPreferences', {}, { 'content-type': 'text/plain' })).toMatchObject({ status: 415 });
    expect(await post('getPreferences', {}, { origin: 'http://evil.example' })).toMatchObject({ status: 403 });
    expect((await raw('/', { host: 'evil.example' })).status).toBe(403);
    const get = await fetch(new URL('api/getPreferences', server.url));
    expect(get.status).toBe(405);
  });

  it('downloads files of the documents folder, and nothing outside it', async () => {
    await writeFile(join(folders.documentsDir, 'export.md'), '# Draft');
    const response = await fetch(new URL('documents/export.md', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''export.md");
    expect(await response.text()).toBe('# Draft');
    expect((await raw('/documents/..%2fsecret.txt')).status).toBe(404);
  });
});
