import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { commands } from '../../electron/cli/commands/index';
import { main } from '../../electron/cli/main';
import { makeFile, serializePenholderFile } from '../../shared/model/read-file';
import { doc, op, pp } from '../support/nodes';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (s: string) => void (stdout += s),
    stderr: (s: string) => void (stderr += s),
    stdin: Readable.from([]),
    cwd: process.cwd(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'penholder-cli-'));
const put = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const draft = put(
  'draft.penholder.json',
  serializePenholderFile(makeFile(doc(pp('p1', 'Recalling', ' its resolution 74/174,'), op('o1', 'Decides', ' to act.'), op('o2', 'Requests', ' a report.')))),
);

/** cli.md: a code-2 message is one or two plain lines on stderr, never a stack trace. */
const expectPlainError = (stderr: string) => {
  const lines = stderr.trimEnd().split('\n');
  expect(lines.length).toBeGreaterThanOrEqual(1);
  expect(lines.length).toBeLessThanOrEqual(2);
  expect(stderr).not.toMatch(/^\s+at |Error:|\.ts:\d+/m);
};

describe('penholder (the tool)', () => {
  it('--help lists every command and exits 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { code, stdout, stderr } = await run(flag);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^Usage: penholder <command>/);
      for (const command of commands) expect(stdout).toMatch(new RegExp(`^  ${command.name} +\\S`, 'm'));
    }
  });

  it('without a command shows the usage and exits 2', async () => {
    const { code, stdout, stderr } = await run();
    expect(code).toBe(2);
    expect(stdout + stderr).toMatch(/Usage: penholder <command>/);
  });

  it('an unknown command exits 2 with one line on stderr', async () => {
    const { code, stdout, stderr } = await run('frobnicate', 'x');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("penholder: unknown command 'frobnicate' (see 'penholder --help')\n");
  });
});

describe.each(commands.map((c) => [c.name, c] as const))('penholder %s', (name, command) => {
  it('--help prints its usage and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await run(name, flag);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toBe(`${command.usage}\n`);
      expect(stdout).toMatch(new RegExp(`^Usage: penholder ${name}\\b`));
    }
  });

  it('an unknown option exits 2 with a plain message', async () => {
    const { code, stdout, stderr } = await run(name, draft, '--no-such-option');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^penholder ${name}: unknown option --no-such-option`));
    expectPlainError(stderr);
  });
});

describe('input errors exit 2 with one plain line', () => {
  it.each([
    ['a missing file', join(dir, 'missing.penholder.json'), /no such file/],
    ['a folder', dir, /not a file/],
    ['corrupt JSON', put('corrupt.penholder.json', '{"format":"penholder",'), /not valid JSON/],
    ['a newer format', put('newer.penholder.json', JSON.stringify({ format: 'penholder', version: 7, body: [] })), /newer Penholder/],
  ])('inspect on %s', async (_case, path, message) => {
    const { code, stdout, stderr } = await run('inspect', path, '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expectPlainError(stderr);
  });
});

describe('the real bin', () => {
  it('`npx penholder inspect <file> --json` prints the summary as JSON on stdout and exits 0', async () => {
    const root = join(__dirname, '../..');
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'penholder', 'inspect', draft, '--json'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    const summary = JSON.parse(stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ title: 'Test', adoptingBody: 'The General Assembly', preambular: 1, operative: 2 });
    expect((summary['paragraphs'] as { ref: string }[]).map((p) => p.ref)).toEqual(['PP1', 'OP1', 'OP2']);
  });
});
