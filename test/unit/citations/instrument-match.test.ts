import { describe, expect, it } from 'vitest';
import { createInstrumentMatcher } from '../../../shared/citations/instrument-match';
import { shippedEntries } from './support/table';

const matcher = createInstrumentMatcher(shippedEntries());
const found = (text: string) => matcher.find(text).map((m) => ({ text: text.slice(m.start, m.end), id: m.entry.id, exactCase: m.exactCase }));

describe('instrument matcher over the shipped table', () => {
  it.each<[string, string, string[]]>([
    [
      '000 PP2',
      'Recalling the Convention on the Rights of the Child and the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography,',
      ['unts-27531-1577', 'unts-27531-2171'],
    ],
    [
      '000 PP3',
      'Recalling the United Nations Convention against Transnational Organized Crime and in particular the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime,',
      ['unts-39574-2225', 'unts-39574-2237'],
    ],
    [
      '000 PP4',
      'Recalling the Declaration and Agenda for Action adopted at the World Congress against Commercial Sexual Exploitation of Children, held at Stockholm in 1996, and the Yokohama Global Commitment 2001, adopted at the Second',
      ['spec-stockholm-declaration-and-agenda-for-action', 'spec-yokohama-global-commitment-2001'],
    ],
    [
      '000 PP9',
      'Recalling the International Labour Organization Convention concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour (Convention No. 182),',
      ['unts-37245-2133'],
    ],
    [
      '004 PP11',
      'Reaffirming that the Convention concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour, 1999 (Convention No. 182), of the International Labour Organization requires States parties',
      ['unts-37245-2133'],
    ],
    [
      '000 OP3',
      'Urges Member States to consider becoming parties to the Convention on the Rights of the Child and the Optional Protocol to that Convention on the sale of children, child prostitution and child pornography, and urges',
      ['unts-27531-1577', 'unts-27531-2171'],
    ],
    ['refugees', 'the 1951 Convention relating to the Status of Refugees and the 1967 Protocol thereto,', ['unts-2545-189', 'unts-8791-606']],
    ['without "United Nations"', 'the Convention against Transnational Organized Crime,', ['unts-39574-2225']],
    ['the Charter (known, never footnoted)', 'in accordance with the Charter of the United Nations,', ['spec-charter-of-the-united-nations']],
    ['a dash variant', 'the Sendai Framework for Disaster Risk Reduction 2015-2030,', ['res-69-283-annex-ii']],
    ['nothing known', 'Recalling its resolution 61/146 of 19 December 2006,', []],
  ])('%s', (_name, text, ids) => {
    expect(found(text).map((m) => m.id)).toEqual(ids);
  });

  it('gives the exact range, so a marker can go after it (000 PP2)', () => {
    const text = 'Recalling the Convention on the Rights of the Child and the Optional Protocol';
    expect(found(text)[0]).toEqual({ text: 'Convention on the Rights of the Child', id: 'unts-27531-1577', exactCase: true });
  });

  it('reports a case-only difference (001 OP17 "especially Women")', () => {
    const text = 'the Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime,';
    expect(found(text)).toEqual([{ text: text.slice(4, -1), id: 'unts-39574-2237', exactCase: false }]);
  });

  it('lets a user entry take over a shared name', () => {
    const own = createInstrumentMatcher([
      { id: 'mine', names: ['Convention on the Rights of the Child'], citation: { kind: 'text', runs: [{ text: 'My note.' }] }, origin: 'user' },
      ...shippedEntries(),
    ]);
    expect(own.find('the Convention on the Rights of the Child')[0]?.entry.id).toBe('mine');
  });
});
