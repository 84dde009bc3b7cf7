import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { makeFile, serializePenholderFile } from '../../shared/model/read-file';
import { doc, op, pp } from '../support/nodes';

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s: string) => void (stdout += s), stderr: (s: string) => void (stderr += s), stdin: Readable.from([]), cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'penholder-lint-'));
const write = (name: string, file: ReturnType<typeof makeFile>) => {
  const path = join(dir, name);
  writeFileSync(path, serializePenholderFile(file));
  return path;
};
const clean = write('clean.penholder.json', makeFile(doc(pp('p1', 'Recalling', ' its resolution 74/174,'), op('o1', 'Urges', ' Member States to act.'))));
const faulty = doc(pp('p1', 'Recalling', ' the internet;'), op('o1', 'Urges', ' Member States to act.'));
const withErrors = write('errors.penholder.json', makeFile(faulty));
const ignoring = write('ignored.penholder.json', makeFile(faulty, { ignored: [{ rule: 'pp-terminal-comma', target: 'p1', text: ';' }] }));

describe('penholder lint', () => {
  it('prints the JSON array of cli.md and exits 1 on an error-level diagnostic', async () => {
    const { code, stdout, stderr } = await run('lint', withErrors, '--json');
    expect([code, stderr]).toEqual([1, '']);
    expect(JSON.parse(stdout)).toEqual([
      { rule: 'pp-terminal-comma', severity: 'error', ref: 'PP1', range: { start: 22, end: 23 }, message: 'A preambular paragraph ends with a comma, not a semicolon.', fix: { replacement: ',' } },
      { rule: 'cap-internet', severity: 'warning', ref: 'PP1', range: { start: 14, end: 22 }, message: 'UN style writes “Internet” with a capital I.', fix: { replacement: 'Internet' } },
    ].sort((a, b) => a.range.start - b.range.start));
  });

  it('exits 0 with no error (warnings allowed) and honours the diagnostics a user ignored', async () => {
    expect((await run('lint', clean)).code).toBe(0);
    const { code, stdout } = await run('lint', ignoring, '--json');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { rule: string }[]).map((d) => d.rule)).toEqual(['cap-internet']);
  });

  it('prints one line per diagnostic and the counts without --json', async () => {
    const { code, stdout } = await run('lint', withErrors);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^PP1:14-22\s+warning\s+cap-internet\s+UN style/);
    expect(lines[lines.length - 1]).toBe('1 errors, 1 warnings, 0 notes');
  });

  it('lints importable files on the fly: seed 001 fails, seed 003 passes', async () => {
    const bad = await run('lint', `${seeds}001_48a48206d42da546.txt`, '--json');
    expect(bad.code).toBe(1);
    const rules = new Set((JSON.parse(bad.stdout) as { rule: string }[]).map((d) => d.rule));
    expect(rules.has('adopting-body-comma') && rules.has('footnote-ibid-antecedent')).toBe(true);
    expect((await run('lint', `${seeds}003_3168e06af5b9614a.txt`)).code).toBe(0);
  });

  it('takes an organ rule set with --rules', async () => {
    const sc = write('sc.penholder.json', makeFile(doc(pp('p1', 'Determining', ' that the situation constitutes a threat,'), op('o1', 'Decides', ' to remain seized of the matter.'))));
    const { stdout } = await run('lint', sc, '--json', '--rules', 'sc');
    expect(JSON.parse(stdout)).toEqual([]);
    const ga = JSON.parse((await run('lint', sc, '--json', '--rules', 'ga')).stdout) as { rule: string; severity: string }[];
    expect(ga).toEqual([expect.objectContaining({ rule: 'opener-unknown', severity: 'info' })]);
  });

  it.each([
    [['lint'], /usage: penholder lint/],
    [['lint', join(dir, 'missing.txt')], /missing\.txt: no such file/],
    [['lint', clean, '--rules', 'unknown'], /unknown rule set 'unknown'/],
    [['lint', clean, '--fast'], /unknown option --fast/],
  ])('exits 2 with one plain line for %j', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });
});
