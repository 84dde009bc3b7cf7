import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { makeFile, serializePenholderFile } from '../../shared/model/read-file';
import { docWith, note, op, pp, textNote, unts } from '../unit/footnotes/support/build';
import { seedPath } from '../unit/footnotes/support/seed-notes';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s: string) => void (stdout += s), stderr: (s: string) => void (stderr += s), stdin: Readable.from([]), cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'penholder-footnotes-'));
const draft = join(dir, 'draft.penholder.json');
writeFileSync(
  draft,
  serializePenholderFile(
    makeFile(
      docWith(
        [pp('p1', 'Recalling| the Convention on the Rights of the Child,[crc] the Optional Protocol …[opsc]'), op('o1', 'Urges| the rights of the child,[n]')],
        [note('n', textNote('The terms “child” and “children” refer to boys, girls and adolescents.')), note('crc', unts('1577', '27531')), note('opsc', unts('2171', '27531'))],
      ),
      { settings: { footnoteRepeat: 'none', ibidStyle: 'roman', pageSize: 'A4', numberLayout: 'un', ruleSet: null, disabledRules: [] } },
    ),
  ),
);

describe('penholder footnotes', () => {
  it('prints [{ number, text, citation }] in display order, citation null for free text (cli.md)', async () => {
    const { code, stdout, stderr } = await run('footnotes', draft, '--json');
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toEqual([
      { number: 1, text: 'United Nations, Treaty Series, vol. 1577, No. 27531.', citation: { kind: 'unts', vols: ['1577'], nos: ['27531'] } },
      { number: 2, text: 'Ibid., vol. 2171, No. 27531.', citation: { kind: 'unts', vols: ['2171'], nos: ['27531'] } },
      { number: 3, text: 'The terms “child” and “children” refer to boys, girls and adolescents.', citation: null },
    ]);
  });

  it('imports a seed on the fly and regenerates its footnotes (004)', async () => {
    const { code, stdout } = await run('footnotes', seedPath('004'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { number: number; text: string; citation: unknown }[];
    expect(json.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(json[0]).toEqual({ number: 1, text: 'A/CONF.213/18, chap. I, resolution 1.', citation: { kind: 'symbol', symbol: 'A/CONF.213/18', locator: 'chap. I, resolution 1' } });
    expect(json[5]!.text).toBe('Ibid., vol. 1577, No. 27531.');
    expect(json[10]!.citation).toBeNull();
  });

  it('prints numbered lines without --json', async () => {
    const { code, stdout } = await run('footnotes', draft);
    expect(code).toBe(0);
    expect(stdout.split('\n')[1]).toBe('  2  Ibid., vol. 2171, No. 27531.');
  });

  it('says how italics are shown in --help', async () => {
    const { code, stdout } = await run('footnotes', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/italics .* are not marked/s);
  });

  it.each([
    [['footnotes'], /usage: penholder footnotes/],
    [['footnotes', join(dir, 'missing.penholder.json'), '--json'], /no such file/],
    [['footnotes', draft, '--jsn'], /unknown option --jsn/],
  ])('exits 2 with one plain line for %j', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('runs as the real bin', async () => {
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'penholder', 'footnotes', seedPath('003'), '--json'], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    const json = JSON.parse(stdout) as { text: string }[];
    expect(json.map((f) => f.text)[4]).toBe('Ibid., 2007, Supplement No. 10 (E/2007/30/Rev.1), part one, chap. I, sect. D.');
  });
});
