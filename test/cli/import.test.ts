import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { parsePenholderFile } from '../../shared/model/read-file';

const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const seeds = join(shared, 'seeds');
const expected = JSON.parse(readFileSync(join(seeds, 'expected.json'), 'utf8')).documents as Record<string, Record<string, unknown>>;
const dir = mkdtempSync(join(tmpdir(), 'penholder-import-'));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stdin: Readable.from([]),
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('penholder import', () => {
  it('writes the document to stdout, and what it recognized to stderr', async () => {
    const { code, stdout, stderr } = await run('import', join(seeds, '004_2212778934c84f96.txt'));
    expect(code).toBe(0);
    const file = parsePenholderFile(stdout);
    expect(file.ok).toBe(true);
    expect(stderr).toMatch(/^recognized: .*23 preambular, 22 operative/m);
    expect(stderr).toMatch(/^warning: paragraph split by a page break was joined/m);
  });

  it('writes -o atomically, keeping Word tracked changes with their authors', async () => {
    const out = join(dir, 'tracked.penholder.json');
    const { code, stdout } = await run('import', join(shared, 'docx-samples', 'A_RES_78_196-tracked.docx'), '-o', 'tracked.penholder.json');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(parsePenholderFile(text).ok).toBe(true);
    expect(text).toContain('"author": "African Group"');
    expect(text).toContain('"text": "promotion of "');
  });

  it.each([
    ['a missing file', join(dir, 'missing.txt'), /no such file/],
    ['an empty file', (() => (writeFileSync(join(dir, 'empty.txt'), ''), join(dir, 'empty.txt')))(), /empty/],
    ['a binary file', (() => (writeFileSync(join(dir, 'noise.txt'), new Uint8Array(4096).map((_, i) => (i * 37) % 256)), join(dir, 'noise.txt')))(), /binary/],
  ])('on %s exits 2 with one line and writes nothing', async (_case, path, message) => {
    const target = join(dir, `never-${Math.random().toString(36).slice(2)}.penholder.json`);
    const { code, stdout, stderr } = await run('import', path, '-o', target);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(target)).toBe(false);
  });

  it('without a file prints its usage and exits 2', async () => {
    const { code, stderr } = await run('import');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^usage: penholder import <file>/);
  });
});

describe.each(Object.entries(expected))('penholder inspect --json on seed %s', (name, want) => {
  it('agrees with expected.json (cli.md fields)', async () => {
    const { code, stdout } = await run('inspect', join(seeds, name), '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as Record<string, unknown> & { paragraphs: { ref: string; opener: string }[] };
    for (const key of ['kind', 'organ', 'symbol', 'date', 'title', 'preambular', 'operative']) expect(summary[key], key).toEqual(want[key]);
    for (const key of ['distribution', 'sponsors', 'sponsorNotes', 'subparagraphs', 'resolutionNumber']) {
      if (key in want) expect(summary[key], key).toEqual(want[key]);
    }
    // cli.md: adoptingBody is the innermost formula; expected.json gives the inner one as nested.adoptingBody (003)
    const nested = want['nested'] as { adoptingBody: string; via: string } | undefined;
    expect(summary['adoptingBody']).toEqual(nested ? nested.adoptingBody : (want['adoptingBody'] ?? null));
    expect((summary['footnotes'] as unknown[]).length).toBe(want['footnotes']);
    expect((summary['symbolFootnotes'] as unknown[]).length).toBe(want['symbolFootnotes']);
    const openers = (pattern: RegExp) => summary.paragraphs.filter((p) => pattern.test(p.ref)).map((p) => p.opener);
    if (want['preambularOpeners']) expect(openers(/^PP\d+$/)).toEqual(want['preambularOpeners']);
    if (want['operativeOpeners']) expect(openers(/^OP\d+$/)).toEqual(want['operativeOpeners']);
  });
});

describe('the real bin', () => {
  it('`npx penholder import <seed> -o <out>` writes a document that reopens', async () => {
    const out = join(dir, 'bin.penholder.json');
    await promisify(execFile)('npx', ['--no-install', 'penholder', 'import', join(seeds, '003_3168e06af5b9614a.txt'), '-o', out], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    const file = parsePenholderFile(readFileSync(out, 'utf8'));
    expect(file.ok && file.file.body.some((n) => 'type' in n && n.type === 'embedded-resolution')).toBe(true);
  });
});
