import { describe, expect, it } from 'vitest';
import { makeSponsors, splitNameList } from '../../../shared/import/sponsors';
import { symbolFromName } from '../../../shared/import/symbol-from-name';

describe('splitNameList', () => {
  it.each([
    ['Ecuador and United States of America', ['Ecuador', 'United States of America']],
    ['Andorra, Australia, the Kingdom of Saudi Arabia, Peru and Philippines', ['Andorra', 'Australia', 'the Kingdom of Saudi Arabia', 'Peru', 'Philippines']],
    ['Spain, Trinidad and Tobago and United Kingdom of Great Britain and Northern Ireland', ['Spain', 'Trinidad and Tobago', 'United Kingdom of Great Britain and Northern Ireland']],
    ['Maldives,Marshall Islands and Bosnia and Herzegovina', ['Maldives', 'Marshall Islands', 'Bosnia and Herzegovina']],
    ['Pakistan (on behalf of the Group of 77 and China), Cuba', ['Pakistan (on behalf of the Group of 77 and China)', 'Cuba']],
  ])('%s', (list, names) => {
    expect(splitNameList(list)).toEqual(names);
  });

  it('keeps "on behalf of" notes with their sponsor', () => {
    expect(makeSponsors('China and Cuba (on behalf of the Movement of Non-Aligned Countries)', 'sponsor')).toEqual([
      { name: 'China', role: 'sponsor' },
      { name: 'Cuba', role: 'sponsor', onBehalfOf: 'on behalf of the Movement of Non-Aligned Countries' },
    ]);
  });
});

describe('symbolFromName', () => {
  it.each([
    ['A_RES_78_196-tracked.docx', 'A/RES/78/196'],
    ['A_C.3_78_L.12_Rev.1.docx', 'A/C.3/78/L.12/Rev.1'],
    ['E_CN.15_2019_L.3_Rev.1.txt', 'E/CN.15/2019/L.3/Rev.1'],
    ['000_927ae4f0917091cd.txt', null],
    ['Agenda_draft.docx', null],
  ])('%s → %s', (name, symbol) => {
    expect(symbolFromName(name)).toBe(symbol);
  });
});
