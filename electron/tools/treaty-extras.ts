import type { Citation } from '../../shared/citations/citation';

/**
 * The table of un-format.md §5.5 and the seed forms its aliases must cover. An extra whose citation is
 * already in the mined data adds its names to that entry; otherwise it is a new entry.
 */
export interface ExtraEntry {
  names: string[];
  citation: Citation | null;
  noteWhenNull?: string;
  alternatives?: Citation[];
}

const unts = (vol: string, no: string): Citation => ({ kind: 'unts', vols: [vol], nos: [no] });
const gaAnnex = (annex: string): Citation => ({ kind: 'annex', organ: 'General Assembly', resolution: '55/25', annex });

export const extraEntries: ExtraEntry[] = [
  { names: ['Convention on the Rights of the Child'], citation: unts('1577', '27531') },
  {
    names: [
      'Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography',
      'Optional Protocol to that Convention on the sale of children, child prostitution and child pornography', // 000 OP3
      'Optional Protocol thereto on the sale of children, child prostitution and child pornography',
    ],
    citation: unts('2171', '27531'),
  },
  {
    names: ['United Nations Convention against Transnational Organized Crime'],
    citation: unts('2225', '39574'),
    alternatives: [gaAnnex('annex I')], // 000 (2007)
  },
  {
    names: [
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
      'Trafficking in Persons Protocol',
    ],
    citation: unts('2237', '39574'),
    alternatives: [gaAnnex('annex II')],
  },
  {
    names: [
      'Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime',
      'Protocol against the Smuggling of Migrants by Land, Sea and Air',
      'Smuggling of Migrants Protocol',
    ],
    citation: unts('2241', '39574'),
    alternatives: [gaAnnex('annex III')],
  },
  {
    names: [
      'Worst Forms of Child Labour Convention, 1999 (No. 182)',
      'International Labour Organization Convention concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour (Convention No. 182)', // 000 PP9
      'Convention concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour, 1999 (Convention No. 182), of the International Labour Organization', // 004 PP11
      'Convention concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour, 1999 (Convention No. 182)',
      'Convention concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour',
      'International Labour Organization Worst Forms of Child Labour Convention, 1999 (No. 182)',
    ],
    citation: unts('2133', '37245'),
  },
  { names: ['Council of Europe Convention on Cybercrime', 'Convention on Cybercrime'], citation: { kind: 'ets', no: '185' } },
  {
    names: [
      'Stockholm Declaration and Agenda for Action',
      'Declaration and Agenda for Action adopted at the World Congress against Commercial Sexual Exploitation of Children', // 000 PP4
    ],
    citation: { kind: 'symbol', symbol: 'A/51/385', locator: 'annex' },
  },
  { names: ['Yokohama Global Commitment 2001'], citation: { kind: 'symbol', symbol: 'A/S-27/12', locator: 'annex' } },
  {
    names: [
      'Salvador Declaration on Comprehensive Strategies for Global Challenges: Crime Prevention and Criminal Justice Systems and Their Development in a Changing World',
      'Salvador Declaration',
    ],
    citation: { kind: 'symbol', symbol: 'A/CONF.213/18', locator: 'chap. I, resolution 1' },
  },
  { names: ['Universal Declaration of Human Rights'], citation: { kind: 'annex', organ: null, resolution: '217 A (III)', annex: null } },
  {
    names: ['Charter of the United Nations'],
    citation: null,
    noteWhenNull: 'The Charter of the United Nations is never footnoted.',
  },
  {
    names: ['Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime'],
    citation: null,
    noteWhenNull: 'Cited in the text by its resolution (Economic and Social Council resolution 2005/20), not footnoted (003 PP13).',
  },
];
