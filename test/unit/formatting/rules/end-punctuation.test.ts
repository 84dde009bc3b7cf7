import { describe, expect, it } from 'vitest';
import { makeAdoptingBody, makeEmbedded, makeFootnoteList, makeHeader, makeOperative, makeRecommendation, makeTitle } from '../../../../shared/model/factories';
import { doc, op, pp, sub } from '../../../support/nodes';
import { lintWith } from '../rule-harness';

const RULES = ['pp-terminal-comma', 'op-terminal-semicolon', 'op-last-period', 'chapeau-colon', 'subpara-terminal', 'adopting-body-comma', 'chapeau-recommendation'];
/** A resolution with a well-formed preamble around the paragraphs under test. */
const res = (...blocks: Parameters<typeof doc>) => doc(pp('p0', 'Recalling', ' its resolutions,'), ...blocks);
const found = (value: Parameters<typeof lintWith>[0]) =>
  lintWith(value, RULES).map((d) => `${d.rule} ${d.ref} ${d.severity}${d.fix ? ` →${d.fix.replacement}` : ''}`);

describe('end punctuation', () => {
  it('accepts a well-punctuated resolution (000 OP4 sub-paragraphs, last OP ".")', () => {
    const value = doc(
      pp('p1', 'Recalling', ' its resolution 61/146,'),
      op('o1', 'Condemns', ' all forms of sexual exploitation of children;'),
      op('o2', 'Urges', ' Member States to adopt legal measures:'),
      sub('s1', 'To ensure that national legislation defines a “child”;'),
      sub('s2', 'To combat recidivism;'),
      op('o3', 'Requests', ' the Executive Director to report.'),
    );
    expect(found(value)).toEqual([]);
  });

  it.each([
    ['PP ends ";" (000 PP1)', doc(pp('p1', 'Reaffirming', ' the obligations in that regard;'), op('o1', 'Urges', ' States.')), ['pp-terminal-comma PP1 error →,']],
    ['PP without mark', doc(pp('p1', 'Recalling', ' its resolution'), op('o1', 'Urges', ' States.')), ['pp-terminal-comma PP1 error →,']],
    ['OP ends "," (001 OP3)', res(op('o1', 'Calls upon', ' Member States to implement their legal obligations,'), op('o2', 'Urges', ' States.')), ['op-terminal-semicolon OP1 error →;']],
    ['last OP ends ";"', res(op('o1', 'Urges', ' States;'), op('o2', 'Invites', ' donors;')), ['op-last-period OP2 error →.']],
    ['chapeau ends ";"', res(op('o1', 'Urges', ' Member States;'), sub('s1', 'To act;'), sub('s2', 'To report.')), ['chapeau-colon OP1 error →:']],
    ['sub-paragraph ends "."', res(op('o1', 'Urges', ' States:'), sub('s1', 'To act.'), sub('s2', 'To report;'), op('o2', 'Invites', ' donors.')), ['subpara-terminal OP1(a) error →;']],
    ['"; and" after the penultimate', res(op('o1', 'Urges', ' States:'), sub('s1', 'To act; and'), sub('s2', 'To report;'), op('o2', 'Invites', ' donors.')), ['subpara-terminal OP1(a) error →;']],
    ['last sub of the last OP ends ";"', res(op('o1', 'Urges', ' States:'), sub('s1', 'To act;'), sub('s2', 'To report;')), ['op-last-period OP1(b) error →.']],
  ])('%s', (_, value, want) => {
    expect(found(value)).toEqual(want);
  });

  it('evaluates an embedded resolution on its own (003: outer clause ":", inner OP22 ".")', () => {
    const value = [
      makeHeader({ kind: 'adopted-resolution' }),
      makeTitle('2022/14. Title'),
      makeAdoptingBody('The Economic and Social Council'),
      makeOperative('Recommends to the General Assembly the adoption of the following draft resolution:', 0, 'outer'),
      makeEmbedded([makeAdoptingBody('The General Assembly,'), pp('p1', 'Stressing', ' that rights are rights,'), op('o1', 'Encourages', ' States;'), op('o2', 'Invites', ' donors.')], 'emb'),
      makeFootnoteList(),
    ];
    expect(found(value)).toEqual([]);
  });

  it('adopting body: comma iff a preamble follows; "comma, no preamble" is info', () => {
    const noComma = [makeHeader(), makeTitle('T'), makeAdoptingBody('The General Assembly'), pp('p1', 'Recalling', ' x,'), op('o1', 'Urges', ' States.'), makeFootnoteList()];
    expect(found(noComma)).toEqual(['adopting-body-comma adoptingBody error →,']);
    const extraComma = [makeHeader(), makeTitle('T'), makeAdoptingBody('The General Assembly,'), op('o1', 'Urges', ' States.'), makeFootnoteList()];
    expect(found(extraComma)).toEqual(['adopting-body-comma adoptingBody info →']);
  });

  it('recommendation chapeau ends ":" (001 ends "."; info)', () => {
    const value = [makeHeader(), makeRecommendation('The Commission recommends the approval of the following draft resolution.'), makeTitle('T'), makeAdoptingBody('The General Assembly'), op('o1', 'Urges', ' States.'), makeFootnoteList()];
    expect(found(value)).toEqual(['chapeau-recommendation header info →:']);
  });

  it('reports nothing for reports (resolution rules are off)', () => {
    const value = [makeHeader({ kind: 'report' }), makeTitle('Report'), pp('p1', 'Recalling', ' x;'), makeFootnoteList()];
    expect(found(value)).toEqual([]);
  });
});
