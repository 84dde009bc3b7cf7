import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../../shared/model/file-schema';
import { migrate, steps } from '../../../shared/model/migrations';
import { makeFile, parsePenholderFile } from '../../../shared/model/read-file';
import { doc, op } from '../../support/nodes';

const current = makeFile(doc(op('o1', 'Decides', ' to remain seized of the matter.')));
const { body, ...rest } = current;
/** The pre-release layout: the body under `document`. */
const versionZero = { ...rest, version: 0, document: body };

describe('the migration hook', () => {
  it('upgrades a version-0 file to the current version, body and all', () => {
    expect(migrate(versionZero)).toEqual({ ok: true, file: { ...rest, version: FORMAT_VERSION, body }, from: 0 });
    const parsed = parsePenholderFile(JSON.stringify(versionZero));
    expect(parsed).toEqual({ ok: true, file: current, migratedFrom: 0 });
  });

  it('leaves a current file alone and reports no migration', () => {
    expect(migrate(JSON.parse(JSON.stringify(current)))).toMatchObject({ ok: true, from: FORMAT_VERSION });
    expect(parsePenholderFile(JSON.stringify(current))).toEqual({ ok: true, file: current, migratedFrom: null });
  });

  it('runs every step in order, one version at a time, up to the target', () => {
    const trail: string[] = [];
    const registry = {
      0: (f: Record<string, unknown>) => (trail.push('0→1'), { ...f, version: 1, a: true }),
      1: (f: Record<string, unknown>) => (trail.push('1→2'), { ...f, version: 2, b: f['a'] === true }),
      2: (f: Record<string, unknown>) => (trail.push('2→3'), { ...f, version: 3, c: f['b'] === true }),
    };
    const result = migrate({ format: 'penholder', version: 0 }, registry, 3);
    expect(trail).toEqual(['0→1', '1→2', '2→3']);
    expect(result).toEqual({ ok: true, file: { format: 'penholder', version: 3, a: true, b: true, c: true }, from: 0 });
    trail.length = 0;
    expect(migrate({ format: 'penholder', version: 2 }, registry, 3)).toMatchObject({ ok: true, from: 2 });
    expect(trail).toEqual(['2→3']);
  });

  it.each([
    ['a newer version', { format: 'penholder', version: FORMAT_VERSION + 1 }, `made by a newer Penholder (format ${FORMAT_VERSION + 1}; this version reads up to ${FORMAT_VERSION})`],
    ['no version', { format: 'penholder' }, 'the document has no valid format version'],
    ['a fractional version', { format: 'penholder', version: 0.5 }, 'the document has no valid format version'],
    ['another format', { format: 'word', version: 1 }, 'not a Penholder document'],
    ['an array', [], 'not a Penholder document'],
    ['null', null, 'not a Penholder document'],
  ])('refuses %s with a clear message', (_case, raw, error) => {
    expect(migrate(raw)).toEqual({ ok: false, error });
  });

  it('refuses a version with no upgrade step instead of guessing', () => {
    expect(migrate({ format: 'penholder', version: 0 }, {}, 1)).toEqual({ ok: false, error: 'no upgrade from format 0' });
  });

  it('has a step for every version below the current one', () => {
    for (let v = 0; v < FORMAT_VERSION; v += 1) expect(steps[v], `step ${v}`).toBeTypeOf('function');
  });
});
