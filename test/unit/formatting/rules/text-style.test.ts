import { describe, expect, it } from 'vitest';
import { runParagraphRule } from '../rule-harness';

const fixes = (rule: string, text: string) =>
  runParagraphRule(rule, text).map((f) => `${f.text}→${f.replacement}${f.severity ? ` (${f.severity})` : ''}`);

describe.each([
  ['cap-internet', 'access to the internet and internet service providers', ['internet→Internet', 'internet→Internet']],
  ['cap-internet', 'the Internet and www.internet.org', []],
  ['cap-states', 'technical assistance to requesting states and state institutions', ['requesting states→requesting States', 'state institutions→State institutions']],
  ['cap-states', 'Member States, States parties and the Secretary-General', []],
  ['typographic-quotes', 'The term "survivor" is used', ['"→“', '"→”']],
  ['typographic-quotes', "children's safety", ["'→’ (info)"]],
  ['quote-comma', 'entitled “Promoting effective measures” and resolution 2006/27 of 27 July 2006', ['”→”,']],
  ['quote-comma', 'entitled “Rights of the child”, in which the Assembly', []],
  ['double-space', 'Member  States', ['  → ']],
  ['dash-spacing', 'the conduct - which is grave - and the harm—too', [' - → – ', ' - → – ', '—→ – ']],
  ['range-dash', 'Vienna, 23-27 April 2007 and (2008-2014), 29 April-8 May 1995; A/S-27/12; COVID-19', ['-→–', '-→–', '-→–']],
  ['date-format', 'on December 19, 2006, on 19th December 2006 and 05 March 2020', ['December 19, 2006→19 December 2006', '19th December 2006→19 December 2006', '05 March 2020→5 March 2020']],
  ['date-format', 'on 19 December 2006', []],
  ['session-ordinal', 'at its 16th session and its 73rd special session, at the 33rd plenary meeting', ['16th→sixteenth', '73rd→seventy-third']],
  ['restrictive-which', 'legal instruments which contribute to the fight, which is grave, in which States', ['which→that']],
  ['serial-comma', 'the Convention on the Rights of the Child, and the Optional Protocol', [',→']],
  ['serial-comma', 'child pornography, and urges States parties to implement', []],
  ['country-name', 'Latvia, Lebanon, Lichtenstein, Mauritius, Burma and Viet Nam', ['Lichtenstein→Liechtenstein', 'Burma→Myanmar']],
  ['country-name', 'Bolivia (Plurinational State of), the Republic of Moldova, the Micronesia Challenge, Argentine law', []],
] as const)('%s: %s', (rule, text, want) => {
  it('reports exactly the expected findings', () => {
    expect(fixes(rule, text)).toEqual(want);
  });
});

describe('stray-punctuation', () => {
  it.each([
    ['noting that this conduct – violates and threatens the integrity,', ['–']],
    ['in the fight against, trafficking in children, including for sexual purposes;', ['against,']],
    ['mutual legal assistance and extradition, as well as, police-to-police cooperation;', ['as well as,']],
  ])('flags %s', (text, flagged) => {
    expect(runParagraphRule('stray-punctuation', text).map((f) => f.text)).toEqual(flagged);
  });

  it.each([
    'through, where appropriate, mutual legal assistance',
    'to submit to justice or, when appropriate, extradite persons',
    'Member States to, in accordance with domestic law, appropriately resource',
    'respect for, and protection of, human rights',
    'an approach to, further study of and the promotion of measures',
    'efforts – in legislation, policy and support – to reduce harm',
    'such as, but are not limited to, contact offending',
    'at sea and, in the case of armed robbery against ships at sea, by affected States',
  ])('accepts %s', (text) => {
    expect(runParagraphRule('stray-punctuation', text)).toEqual([]);
  });
});

describe('cited-title-case', () => {
  it('flags Title Case topics and titles with a sentence-case suggestion (001 PP13)', () => {
    const text = 'its resolutions 73/154 of 17 December 2018 on Protecting Children from Bullying, 73/148 of 17 December 2018 on Intensification of Efforts to Prevent and Eliminate All Forms of Violence Against Women and Girls: Sexual Harassment, and resolution 61/1, entitled “Strengthening Global Efforts Against Crime”';
    expect(fixes('cited-title-case', text)).toEqual([
      'Protecting Children from Bullying→protecting children from bullying',
      'Intensification of Efforts to Prevent and Eliminate All Forms of Violence Against Women and Girls: Sexual Harassment→intensification of efforts to prevent and eliminate all forms of violence against women and girls: sexual harassment',
      'Strengthening Global Efforts Against Crime→Strengthening global efforts against crime',
    ]);
  });

  it.each([
    'resolution 61/146 of 19 December 2006, entitled “Rights of the child”, in which',
    'resolution 50/145, entitled “Ninth United Nations Congress on the Prevention of Crime and the Treatment of Offenders”',
    '2005/20 of 22 July 2005 on the Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime',
    '69/194 of 18 December 2014 on the United Nations Model Strategies and Practical Measures on the Elimination of Violence',
    'policy brief entitled “Keeping children safe in the digital environment: the importance of protection and empowerment”',
  ])('leaves proper names and sentence case alone: %s', (text) => {
    expect(fixes('cited-title-case', text)).toEqual([]);
  });
});

describe('instrument-name', () => {
  it('corrects a near miss of an official name (001 OP3), whole span', () => {
    const text = 'Member States that are parties to the Optional Protocol to the Convention on the Right of the Child on the Sale of Children, Child Prostitution and Child Pornography to implement';
    expect(fixes('instrument-name', text)).toEqual([
      'Optional Protocol to the Convention on the Right of the Child on the Sale of Children, Child Prostitution and Child Pornography→Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography (warning)',
    ]);
  });

  it('reports dropped words (002 P17) and a case-only difference as info (001 OP17)', () => {
    expect(fixes('instrument-name', 'the Protocol to Prevent, Suppress and Punish Trafficking in Persons, supplementing the United Nations Convention against Transnational Organized Crime')).toHaveLength(1);
    expect(runParagraphRule('instrument-name', 'the Protocol to Prevent, Suppress and Punish Trafficking in Persons, especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime,')[0]?.severity).toBe('info');
  });

  it.each([
    'the Optional Protocol to that Convention on the sale of children, child prostitution and child pornography',
    'the Convention on the Rights of Persons with Disabilities and the Convention on the Rights of the Child',
    'the Third United Nations Conference on the Law of the Sea',
    'the draft United Nations Convention against Cybercrime.',
    'the Convention concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour, 1999 (Convention No. 182), of the International Labour Organization',
  ])('accepts %s', (text) => {
    expect(fixes('instrument-name', text)).toEqual([]);
  });
});
