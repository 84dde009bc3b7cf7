import { describe, expect, it } from 'vitest';
import { KEEPS_ISE } from '../../../../shared/formatting/data/ize-words';
import { runParagraphRule } from '../rule-harness';

const fixes = (rule: string, text: string) => runParagraphRule(rule, text).map((f) => `${f.text}→${f.replacement}`);

describe('spelling-ize (dictionary-driven)', () => {
  it.each([
    ['Emphasising that the increasing number', ['Emphasising→Emphasizing']],
    ['including by normalising child sexual exploitation', ['normalising→normalizing']],
    ['which require parties to criminalise the abuse', ['criminalise→criminalize']],
    ['organisations, recognised and the revictimisation of victims', ['organisations→organizations', 'recognised→recognized', 'revictimisation→revictimization']],
    ['non-criminalisation and unrecognised needs', ['criminalisation→criminalization', 'unrecognised→unrecognized']],
  ])('%s', (text, want) => {
    expect(fixes('spelling-ize', text)).toEqual(want);
  });

  it('never touches words that keep -ise, -yse forms or proper names', () => {
    const keep = [...KEEPS_ISE].join(' ');
    expect(fixes('spelling-ize', `${keep} analyses paralyse revised raising advertising`)).toEqual([]);
    expect(fixes('spelling-ize', 'the Organisation for the Prohibition of Chemical Weapons and the Organisation')).toEqual([]);
  });
});

describe('spelling-british', () => {
  it.each([
    ['in the context of combatting online abuse', ['combatting→combating']],
    ['multistakeholder partnerships and capacity building', ['multistakeholder→multi-stakeholder', 'capacity building→capacity-building']],
    ['the program for labor and counseling, fulfill', ['program→programme', 'labor→labour', 'counseling→counselling', 'fulfill→fulfil']],
    ['ten percent toward the goal', ['percent→per cent', 'toward→towards']],
  ])('%s', (text, want) => {
    expect(fixes('spelling-british', text)).toEqual(want);
  });

  it('accepts UN forms and leaves names and quoted titles alone', () => {
    expect(fixes('spelling-british', 'programme, labour, centre, behaviour, fuelling, counselling, modelling, harbouring, favourable, fulfil')).toEqual([]);
    expect(fixes('spelling-british', 'the Ankara University National Center and the “Capacity Building Program”')).toEqual([]);
  });
});
