import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { makeFile, serializePenholderFile } from '../../shared/model/read-file';
import type { CompareJson } from '../../shared/revisions/compare';
import { doc, op, pp } from '../support/nodes';

const SEEDS = join(__dirname, '../../../shared/seeds');
const SEED_2019 = join(SEEDS, '001_48a48206d42da546.txt');
const SEED_2022 = join(SEEDS, '003_3168e06af5b9614a.txt');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s: string) => void (stdout += s), stderr: (s: string) => void (stderr += s), stdin: Readable.from([]), cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'penholder-compare-'));
const write = (name: string, value: ReturnType<typeof doc>) => {
  const path = join(dir, name);
  writeFileSync(path, serializePenholderFile(makeFile(value)));
  return path;
};
const zero = write('zero.penholder.json', doc(
  pp('p1', 'Recalling', ' its resolution 74/174,'),
  op('o1', 'Urges', ' Member States to act;'),
  op('o2', 'Requests', ' the Secretary-General to report.'),
));
const rev1 = write('rev1.penholder.json', doc(
  pp('p1', 'Recalling', ' its resolution 74/174,'),
  op('o3', 'Welcomes', ' the report;'),
  op('o1', 'Urges', ' Member States to act without delay;'),
));

describe('penholder compare', () => {
  it('prints the pairs, added and removed refs as one JSON value (cli.md)', async () => {
    const { code, stdout, stderr } = await run('compare', zero, rev1, '--json');
    expect([code, stderr]).toEqual([0, '']);
    const json = JSON.parse(stdout) as CompareJson;
    expect(json.pairs.map((p) => [p.a, p.b, p.moved])).toEqual([
      ['PP1', 'PP1', false],
      ['OP1', 'OP2', false],
    ]);
    expect(json.pairs[1]!.changes).toEqual([
      { op: 'equal', text: 'Urges Member States to act' },
      { op: 'insert', text: ' without delay' },
      { op: 'equal', text: ';' },
    ]);
    expect(json.pairs[1]!.similarity).toBeCloseTo(0.833, 3);
    expect(json.added).toEqual(['OP1']);
    expect(json.removed).toEqual(['OP2']);
  });

  it('prints a word diff without --json', async () => {
    const { code, stdout } = await run('compare', zero, rev1);
    expect(code).toBe(0);
    expect(stdout).toContain('OP1 → OP2 83%\n  Urges Member States to act{+ without delay+};');
    expect(stdout).toContain('added: OP1');
  });

  it.each([
    [['compare', zero]],
    [['compare', zero, rev1, '--words']],
    [['compare', zero, join(dir, 'missing.penholder.json'), '--json']],
  ])('exits 2 with one plain line on bad usage or input: %j', async (argv) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('penholder compare on the seeds: 2019 draft (001) against the 2022 text (003)', () => {
  // Read from the two texts: each pair shares language (the 2022 resolution reuses and edits 2019 wording).
  const expectedPairs: [string, string][] = [
    ['PP8', 'PP2'], // Recalling the Convention on the Rights of the Child … Optional Protocol
    ['PP4', 'PP8'], // … child sexual exploitation and sexual abuse may take many forms …
    ['PP20', 'PP12'], // Recalling … resolution 26/3 of 26 May 2017 on mainstreaming a gender perspective
    ['PP13', 'PP13'], // Recalling its resolutions 72/195 …, 73/148 …, 73/154 …, 2004/27 …, 2011/33 …, 16/2
    ['PP9', 'PP23'], // the term child pornography is being increasingly referred to …
    ['OP1', 'OP4'], // Urges Member States to criminalize …
    ['OP3', 'OP5'], // … parties to the Optional Protocol … to implement their legal obligations
    ['OP4', 'OP12'], // Urges Member States to increase public awareness …
    ['OP18', 'OP15'], // … strengthen international cooperation to combat child sexual abuse and exploitation online
    ['PP7', 'OP18'], // enhance coordination and cooperation … technical assistance to requesting States
    ['OP21', 'OP22'], // Invites Member States and other donors to provide extrabudgetary resources …
  ];

  it('maps the paragraphs that share language, with word-level differences', async () => {
    const { code, stdout, stderr } = await run('compare', SEED_2019, SEED_2022, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as CompareJson;
    expect(new Set(json.pairs.map((p) => `${p.a} ↔ ${p.b}`))).toEqual(new Set(expectedPairs.map(([a, b]) => `${a} ↔ ${b}`)));
    const op4 = json.pairs.find((p) => p.a === 'OP4')!;
    expect(op4.changes).toContainEqual({ op: 'delete', text: 'normalising' });
    expect(op4.changes).toContainEqual({ op: 'insert', text: 'normalizing' });
    expect(json.pairs.find((p) => p.a === 'OP21')!.changes).toEqual([
      { op: 'equal', text: expect.stringMatching(/^Invites Member States and other donors/) },
    ]);
    // 003 also has the outer "Recommends …" clause (OP0.u1) besides its 31 PPs and 22 OPs.
    expect(json.added).toHaveLength(1 + 31 + 22 - expectedPairs.length);
    expect(json.removed).toHaveLength(20 + 21 - expectedPairs.length);
  });
});
