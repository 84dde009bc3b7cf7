import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../shared/citations/citation';
import { citationKinds, citationToFields, fieldsToCitation } from '../../../shared/citations/form-fields';

const samples: Citation[] = [
  { kind: 'unts', vols: ['2171', '2173', '2983'], nos: ['27531'] },
  { kind: 'ets', no: '185', see: true },
  { kind: 'annex', organ: 'General Assembly', resolution: '55/25', annex: 'annex I' },
  { kind: 'annex', organ: null, resolution: '217 A (III)', annex: null },
  { kind: 'symbol', symbol: 'A/61/299', locator: null },
  { kind: 'or', organ: 'Economic and Social Council', year: '2017', supplement: '10', symbol: 'E/2017/30', locator: 'chap. I, sect. D', see: true },
  { kind: 'report', title: 'Report of the Ninth Congress', locator: 'chap. I', symbol: 'A/CONF.169/16' },
  { kind: 'text', runs: [{ text: 'See the ' }, { text: 'World Drug Report', italic: true }, { text: '.' }] },
];

describe('citation form fields', () => {
  it.each(samples.map((c) => [c.kind, c] as const))('round-trips a %s citation', (_kind, citation) => {
    const { kind, values } = citationToFields(citation);
    expect(fieldsToCitation(kind, values)).toEqual({ ok: true, citation });
  });

  it('has a form for every kind', () => {
    expect(citationKinds.map((k) => k.kind).sort()).toEqual(['annex', 'ets', 'or', 'report', 'symbol', 'text', 'unts']);
  });

  it('says which field is missing', () => {
    expect(fieldsToCitation('unts', { vols: '1577', nos: ' ' })).toEqual({ ok: false, error: 'Registration number(s) is required' });
  });
});
