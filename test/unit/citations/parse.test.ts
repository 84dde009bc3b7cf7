import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../shared/citations/citation';
import { parseCitation, readCitation } from '../../../shared/citations/parse';

const crc: Citation = { kind: 'unts', vols: ['1577'], nos: ['27531'] };
const ecosoc2017: Citation = {
  kind: 'or',
  organ: 'Economic and Social Council',
  year: '2017',
  supplement: '10',
  symbol: 'E/2017/30',
  locator: 'chap. I, sect. D',
  see: true,
};

/** [source text as a seed prints it, citation of the footnote before, expected structure] */
const cases: [string, Citation | null, Citation][] = [
  ['United Nations, *Treaty Series*, vol. 1577, No. 27531.', null, crc],
  ['*Ibid.*, vol. 2171, No. 27531.', crc, { kind: 'unts', vols: ['2171'], nos: ['27531'] }],
  // 001 fn 3: an Ibid. after an explanatory note still names the Treaty Series
  ['Ibid., vol. 2225, No. 39574.', { kind: 'text', runs: [{ text: 'A note.' }] }, { kind: 'unts', vols: ['2225'], nos: ['39574'] }],
  ['United Nations, *Treaty Series*, vols. 2171, 2173 and 2983, No. 27531.', null, { kind: 'unts', vols: ['2171', '2173', '2983'], nos: ['27531'] }],
  ['United Nations, Treaty Series, vol. 75, Nos. 970-973.', null, { kind: 'unts', vols: ['75'], nos: ['970–973'] }],
  ['United Nations, <i>Treaty Series</i>, vol. 1125, Nos. 17512 and 17513.', null, { kind: 'unts', vols: ['1125'], nos: ['17512', '17513'] }],
  ['Council of Europe, *European Treaty Series*, No. 185.', null, { kind: 'ets', no: '185' }],
  ['*Ibid.*, No. 201.', { kind: 'ets', no: '185' }, { kind: 'ets', no: '201' }],
  ['General Assembly resolution 55/25, annex I.', null, { kind: 'annex', organ: 'General Assembly', resolution: '55/25', annex: 'annex I' }],
  ['See resolution 2200 A (XXI), annex.', null, { kind: 'annex', organ: null, resolution: '2200 A (XXI)', annex: 'annex', see: true }],
  ['Resolution 217 A (III).', null, { kind: 'annex', organ: null, resolution: '217 A (III)', annex: null }],
  ['A/51/385, annex.', null, { kind: 'symbol', symbol: 'A/51/385', locator: 'annex' }],
  ['A/S-27/12, annex.', null, { kind: 'symbol', symbol: 'A/S-27/12', locator: 'annex' }],
  ['A/61/299.', null, { kind: 'symbol', symbol: 'A/61/299', locator: null }],
  ['A/CONF.213/18, chap. I, resolution 1.', null, { kind: 'symbol', symbol: 'A/CONF.213/18', locator: 'chap. I, resolution 1' }],
  [
    'See *Report of the Ninth United Nations Congress on the Prevention of Crime and the Treatment of Offenders, Cairo, 29 April-8 May 1995*, chap. I (A/CONF.169/16).',
    null,
    {
      kind: 'report',
      title: 'Report of the Ninth United Nations Congress on the Prevention of Crime and the Treatment of Offenders, Cairo, 29 April–8 May 1995',
      locator: 'chap. I',
      symbol: 'A/CONF.169/16',
      see: true,
    },
  ],
  // 003 fn 4: the seed italicises the symbol too (a conversion artefact)
  ['See *Official Records of the Economic and Social Council, 2017, Supplement No. 10 (E/2017/30)*, chap. I, sect. D.', null, ecosoc2017],
  [
    '*Ibid.*, 2007, *Supplement No. 10 (E/2007/30/Rev.1)*, part one, chap. I, sect. D.',
    ecosoc2017,
    { kind: 'or', organ: 'Economic and Social Council', year: '2007', supplement: '10', symbol: 'E/2007/30/Rev.1', locator: 'part one, chap. I, sect. D' },
  ],
  ['Ibid.', crc, crc],
  ['See ibid.', { kind: 'symbol', symbol: 'A/61/299', locator: null }, { kind: 'symbol', symbol: 'A/61/299', locator: null, see: true }],
  ['Ibid., chap. II.', { kind: 'symbol', symbol: 'A/61/299', locator: 'chap. I' }, { kind: 'symbol', symbol: 'A/61/299', locator: 'chap. II' }],
];

describe('parseCitation', () => {
  it.each(cases)('%s', (text, previous, expected) => {
    expect(parseCitation(text, previous)).toEqual(expected);
  });

  it.each([
    ['The terms “child” and “children” refer to boys, girls and adolescents.', [{ text: 'The terms “child” and “children” refer to boys, girls and adolescents.' }]],
    ['See the *World Drug Report 2020* for figures.', [{ text: 'See the ' }, { text: 'World Drug Report 2020', italic: true }, { text: ' for figures.' }]],
    ['Ibid., vol. 3, p. 12.', [{ text: 'Ibid., vol. 3, p. 12.' }]],
  ])('keeps %s as free text with its italics', (text, runs) => {
    expect(parseCitation(text, crc)).toEqual({ kind: 'text', runs });
  });

  it('keeps an Ibid. it cannot resolve as free text', () => {
    expect(parseCitation('Ibid., No. 185.', null)).toEqual({ kind: 'text', runs: [{ text: 'Ibid., No. 185.' }] });
    expect(parseCitation('*Ibid.*', null)).toEqual({ kind: 'text', runs: [{ text: 'Ibid.', italic: true }] });
  });

  it('says how the source wrote it', () => {
    expect(readCitation('*Ibid.*, vol. 2171, No. 27531.', crc)).toMatchObject({ form: 'ibid', ibidItalic: true });
    expect(readCitation('Ibid., vol. 2171, No. 27531.', crc)).toMatchObject({ form: 'ibid', ibidItalic: false });
    expect(readCitation('A/61/299.', crc)).toMatchObject({ form: 'full' });
    expect(readCitation('A note.', crc)).toMatchObject({ form: 'text' });
  });
});
