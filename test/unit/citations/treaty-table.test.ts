import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withUserEntries } from '../../../shared/citations/treaty-table';
import { buildTable } from '../../../electron/tools/build-treaties';
import { shippedEntries } from './support/table';

const data = join(import.meta.dirname, '../../../../shared/data');
const read = (name: string) => JSON.parse(readFileSync(join(data, name), 'utf8'));
const asset = () => JSON.parse(readFileSync(join(import.meta.dirname, '../../../assets/treaties.json'), 'utf8'));

describe('assets/treaties.json', () => {
  it('is what build:treaties makes of the shared data today', () => {
    expect(buildTable(read('unts-citations.json'), read('resolution-annex-citations.json'))).toEqual(asset());
  });

  it('keeps the attribution of its source', () => {
    expect(asset().notice).toMatch(/Source: United Nations/);
  });

  it('has one entry per name and per id', () => {
    const names = shippedEntries().flatMap((e) => e.names.map((n) => n.toLowerCase()));
    const ids = shippedEntries().map((e) => e.id);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries the §5.5 table', () => {
    const byName = (name: string) => shippedEntries().find((e) => e.names.includes(name));
    expect(byName('Convention on the Rights of the Child')?.citation).toEqual({ kind: 'unts', vols: ['1577'], nos: ['27531'] });
    expect(byName('Smuggling of Migrants Protocol')?.citation).toEqual({ kind: 'unts', vols: ['2241'], nos: ['39574'] });
    expect(byName('United Nations Convention against Transnational Organized Crime')?.alternatives).toEqual([
      { kind: 'annex', organ: 'General Assembly', resolution: '55/25', annex: 'annex I' },
    ]);
    expect(byName('Convention on Cybercrime')?.citation).toEqual({ kind: 'ets', no: '185' });
    expect(byName('Salvador Declaration')?.citation).toEqual({ kind: 'symbol', symbol: 'A/CONF.213/18', locator: 'chap. I, resolution 1' });
    expect(byName('International Covenant on Economic, Social and Cultural Rights')?.citation).toEqual({
      kind: 'annex', organ: null, resolution: '2200 A (XXI)', annex: 'annex', see: true,
    });
    expect(byName('Charter of the United Nations')).toMatchObject({ citation: null, noteWhenNull: expect.stringMatching(/never/) });
  });

  it('has no name left with the sentence it was cut from', () => {
    const noisy = shippedEntries().flatMap((e) => e.names).filter((n) => /^(?:Recalling|Welcoming|Stressing|Assembly|Protocol thereto|Convention\)|Agreement\))|\)$|context:/.test(n) && !/\((?:No\. \d+|[^()]+)\)$/.test(n));
    expect(noisy).toEqual([]);
  });

  it('puts user entries first and skips broken ones', () => {
    const table = shippedEntries();
    const merged = withUserEntries(table, [
      { id: 'u1', names: ['My Treaty'], citation: { kind: 'unts', vols: ['1'], nos: ['2'] } },
      { id: 'u2', names: ['Broken'], citation: { kind: 'nonsense' } },
    ]);
    expect(merged.length).toBe(table.length + 1);
    expect(merged[0]).toMatchObject({ id: 'u1', origin: 'user' });
  });
});
