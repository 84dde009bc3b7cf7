import type { Citation } from '../../model/citation';

/**
 * Official instrument names for the name check and the marker-placement check: a small local table (un-format.md
 * §5.5 plus the treaties GA texts cite most), in the shape of shared/citations/treaty-table.ts so that the shipped
 * treaty table can replace it. The official name comes first, then the aliases drafts use.
 */
export interface InstrumentEntry {
  id: string;
  names: string[];
  citation: Citation | null;
  alternatives?: Citation[];
}

const unts = (vol: string, no: string): Citation => ({ kind: 'unts', vols: [vol], nos: [no] });
const annex = (resolution: string, part: string): Citation => ({ kind: 'annex', resolution, annex: part, organ: 'General Assembly' });
const SUPPLEMENTING = 'supplementing the United Nations Convention against Transnational Organized Crime';

export const LOCAL_INSTRUMENTS: readonly InstrumentEntry[] = [
  { id: 'crc', names: ['Convention on the Rights of the Child'], citation: unts('1577', '27531') },
  {
    id: 'crc-opsc',
    names: [
      'Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography',
      'Optional Protocol to that Convention on the sale of children, child prostitution and child pornography',
      'Optional Protocol on the sale of children, child prostitution and child pornography',
    ],
    citation: unts('2171', '27531'),
  },
  {
    id: 'crc-opac',
    names: ['Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict'],
    citation: unts('2173', '27531'),
  },
  { id: 'untoc', names: ['United Nations Convention against Transnational Organized Crime'], citation: unts('2225', '39574'), alternatives: [annex('55/25', 'annex I')] },
  {
    id: 'untoc-tip',
    names: [
      `Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, ${SUPPLEMENTING}`,
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
    ],
    citation: unts('2237', '39574'),
    alternatives: [annex('55/25', 'annex II')],
  },
  {
    id: 'untoc-som',
    names: [`Protocol against the Smuggling of Migrants by Land, Sea and Air, ${SUPPLEMENTING}`, 'Protocol against the Smuggling of Migrants by Land, Sea and Air'],
    citation: unts('2241', '39574'),
    alternatives: [annex('55/25', 'annex III')],
  },
  {
    id: 'untoc-firearms',
    names: [
      `Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, ${SUPPLEMENTING}`,
      'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition',
    ],
    citation: unts('2326', '39574'),
  },
  {
    id: 'ilo-182',
    names: [
      'Worst Forms of Child Labour Convention, 1999 (No. 182)',
      'Convention concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour, 1999 (Convention No. 182), of the International Labour Organization',
      'Convention concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour, 1999 (Convention No. 182)',
      'International Labour Organization Convention concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour (Convention No. 182)',
      'Convention concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour',
    ],
    citation: unts('2133', '37245'),
  },
  { id: 'cybercrime', names: ['Council of Europe Convention on Cybercrime', 'Convention on Cybercrime'], citation: { kind: 'ets', no: '185' } },
  { id: 'uncac', names: ['United Nations Convention against Corruption'], citation: unts('2349', '42146') },
  { id: 'cedaw', names: ['Convention on the Elimination of All Forms of Discrimination against Women'], citation: unts('1249', '20378') },
  { id: 'crpd', names: ['Convention on the Rights of Persons with Disabilities'], citation: unts('2515', '44910') },
  { id: 'cat', names: ['Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment'], citation: unts('1465', '24841') },
  { id: 'icerd', names: ['International Convention on the Elimination of All Forms of Racial Discrimination'], citation: unts('660', '9464') },
  { id: 'unclos', names: ['United Nations Convention on the Law of the Sea'], citation: unts('1833', '31363') },
  { id: 'unfccc', names: ['United Nations Framework Convention on Climate Change'], citation: unts('1771', '30822') },
  { id: 'cbd', names: ['Convention on Biological Diversity'], citation: unts('1760', '30619') },
  { id: 'refugees', names: ['Convention relating to the Status of Refugees'], citation: unts('189', '2545') },
  { id: 'rome', names: ['Rome Statute of the International Criminal Court'], citation: unts('2187', '38544') },
  { id: 'iccpr', names: ['International Covenant on Civil and Political Rights'], citation: { kind: 'annex', resolution: '2200 A (XXI)', annex: 'annex', organ: null } },
  { id: 'icescr', names: ['International Covenant on Economic, Social and Cultural Rights'], citation: { kind: 'annex', resolution: '2200 A (XXI)', annex: 'annex', organ: null } },
  {
    id: 'stockholm',
    names: [
      'Declaration and Agenda for Action adopted at the World Congress against Commercial Sexual Exploitation of Children',
      'Stockholm Declaration and Agenda for Action',
    ],
    citation: { kind: 'symbol', symbol: 'A/51/385', locator: 'annex' },
  },
  { id: 'yokohama', names: ['Yokohama Global Commitment 2001'], citation: { kind: 'symbol', symbol: 'A/S-27/12', locator: 'annex' } },
  {
    id: 'salvador',
    names: [
      'Salvador Declaration on Comprehensive Strategies for Global Challenges: Crime Prevention and Criminal Justice Systems and Their Development in a Changing World',
    ],
    citation: { kind: 'symbol', symbol: 'A/CONF.213/18', locator: 'chap. I, resolution 1' },
  },
];
