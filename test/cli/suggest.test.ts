import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';

const SYMBOLS = ['A/RES/76/147', 'A/RES/78/187', 'A/RES/79/1', 'A/RES/74/174'];
const dir = mkdtempSync(join(tmpdir(), 'penholder-suggest-'));
const corpus = join(dir, 'mini.jsonl.gz');
const root = fileURLToPath(new URL('../../', import.meta.url));

beforeAll(() => {
  // a few real resolutions in the shared corpus format, and a cache folder of our own
  const lines = gunzipSync(readFileSync(join(root, '../shared/corpus/ga-74-79.jsonl.gz'))).toString('utf8').split('\n');
  const picked = lines.filter((l) => SYMBOLS.some((s) => l.includes(`"symbol": "${s}"`)));
  writeFileSync(corpus, gzipSync(picked.join('\n')));
  process.env.XDG_CACHE_HOME = join(dir, 'cache');
});

async function run(argv: string[], stdin: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stdin: Readable.from([Buffer.from(stdin)]),
    cwd: dir,
  });
  return { code, stdout, stderr, lines: stdout.trim() ? stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) : [] };
}

const line = (id: string, text: string, title?: string) => JSON.stringify({ id, text, title });
type Result = { ref: string; score: number; text: string };

describe('penholder suggest --batch', () => {
  it('answers every line in order with ref, score, text and ms', async () => {
    const input = [
      line('a', 'Reaffirming its commitment to', 'Rights of the child'),
      line('b', 'Recognizing the potential for victims of child sexual'),
      line('c', 'zzz qqq'),
    ].join('\n');
    const { code, lines, stderr } = await run(['suggest', '--batch', '--k', '3', '--corpus', corpus], input);
    expect([code, stderr]).toEqual([0, '']);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual(['id', 'ms', 'results']);
      expect(typeof l.ms).toBe('number');
      for (const r of l.results as Result[]) expect(Object.keys(r).sort()).toEqual(['ref', 'score', 'text']);
    }
    expect((lines[0]!.results as Result[]).length).toBeLessThanOrEqual(3);
    expect((lines[1]!.results as Result[])[0]?.ref).toBe('A/RES/74/174 PP1');
    expect(lines[2]!.results).toEqual([]);
  });

  it('reads all of stdin: a large batch', async () => {
    const input = Array.from({ length: 400 }, (_, i) => line(`q${i}`, i % 2 ? 'Recalling its resolution' : 'Calls upon States to')).join('\n');
    const { lines } = await run(['suggest', '--batch', '--corpus', corpus], input);
    expect(lines).toHaveLength(400);
    expect(lines[399]!.id).toBe('q399');
    expect((lines[0]!.results as Result[]).length).toBe(5);
  });

  it('--exclude and --before drop resolutions from the index', async () => {
    const input = line('x', 'Adopts the following Pact for the Future');
    const all = await run(['suggest', '--batch', '--corpus', corpus], input);
    expect((all.lines[0]!.results as Result[])[0]?.ref).toMatch(/^A\/RES\/79\/1 /);
    for (const flags of [['--exclude', 'A/RES/79/'], ['--before', '2024-09-10']]) {
      const { lines } = await run(['suggest', '--batch', '--corpus', corpus, ...flags], input);
      expect((lines[0]!.results as Result[]).every((r) => !r.ref.startsWith('A/RES/79/'))).toBe(true);
    }
  });

  it('answers a bad line with an error and goes on', async () => {
    const { code, lines } = await run(['suggest', '--batch', '--corpus', corpus], ['{ nope', JSON.stringify({ id: 7 }), line('ok', 'Calls upon States')].join('\n'));
    expect(code).toBe(0);
    expect(lines.map((l) => [l.id, l.error ?? null])).toEqual([
      [null, 'line 1: not valid JSON'],
      [7, 'line 2: "text" must be a string'],
      ['ok', null],
    ]);
  });

  it.each([
    [['suggest'], /only --batch/],
    [['suggest', '--batch', '--k', '0'], /--k must be/],
    [['suggest', '--batch', '--before', 'yesterday'], /not an ISO date/],
    [['suggest', '--batch', '--corpus', 'missing-folder'], /no such file or folder/],
    [['suggest', '--batch', '--nope'], /unknown option --nope/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const { code, stderr, stdout } = await run(argv, '');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('runs as the real penholder bin', async () => {
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      const child = execFile('node', [join(root, 'electron/cli/penholder.mjs'), 'suggest', '--batch', '--k', '1', '--corpus', corpus], { cwd: root, env: { ...process.env } }, (error, out) =>
        error ? reject(error) : resolve({ stdout: out }),
      );
      child.stdin!.end(`${line('1', 'Recognizing the potential for victims')}\n`);
    });
    const [answer] = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; results: Result[] });
    expect(answer).toMatchObject({ id: '1', results: [{ ref: 'A/RES/74/174 PP1' }] });
  });
});
