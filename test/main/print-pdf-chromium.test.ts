import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../electron/main/errors';
import { chromiumPrinter } from '../../electron/web/print-pdf-chromium';

/** Browser mode's and the CLI's PDF printer: real Chromium, real PDFs read back with poppler. */
const dir = mkdtempSync(join(tmpdir(), 'penholder-print-'));
const pdfText = (bytes: Uint8Array, name: string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { info: execFileSync('pdfinfo', [path], { encoding: 'utf8' }), text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }) };
};

describe('chromiumPrinter', () => {
  it('prints the page size asked for, runs no script and fetches nothing', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="http://127.0.0.1:${port}/style.css"></head>
      <body><p id="p">Printed as written</p><img src="http://127.0.0.1:${port}/image.png">
      <script>document.getElementById('p').textContent = 'changed by a script';</script></body></html>`;
    try {
      const print = chromiumPrinter();
      const letter = pdfText(await print(html, { pageSize: 'Letter' }), 'letter.pdf');
      const a4 = pdfText(await print(html, { pageSize: 'A4' }), 'a4.pdf');
      expect(letter.info).toMatch(/Page size:\s+612 x 792 pts/);
      expect(a4.info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
      expect(letter.text).toContain('Printed as written');
      expect(letter.text).not.toContain('changed by a script');
      expect(hits).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('says in one line where it looked for Chromium when it is not there', async () => {
    const print = chromiumPrinter({ executablePath: join(dir, 'no-chromium') });
    const failure = await print('<p>x</p>', { pageSize: 'A4' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as Error).message).toBe(`PDF printing needs Chromium, which is not at ${join(dir, 'no-chromium')} (set PENHOLDER_CHROMIUM to its path)`);
  });
});
