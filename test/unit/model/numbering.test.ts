import { describe, expect, it } from 'vitest';
import { makeEmbedded, makePlain } from '../../../shared/model/factories';
import { letters, operativeNumbers, paragraphRefs, roman } from '../../../shared/model/numbering';
import { doc, op, pp, sub } from '../../support/nodes';

describe('numbering', () => {
  it.each([[1, 'a'], [26, 'z'], [27, 'aa'], [28, 'bb']])('letters(%i) = %s', (n, s) => expect(letters(n)).toBe(s));
  it.each([[1, 'i'], [4, 'iv'], [9, 'ix'], [14, 'xiv'], [40, 'xl']])('roman(%i) = %s', (n, s) => expect(roman(n)).toBe(s));

  it('numbers operative paragraphs and restarts sub-levels', () => {
    const value = doc(
      pp('p1', 'Recalling', ' x,'),
      op('o1', 'Decides', ' x;'),
      op('o2', 'Urges', ' Member States:'),
      sub('s1', 'To do;'),
      sub('s2', 'To act:'),
      sub('s3', 'First;', 2),
      sub('s4', 'Second;', 2),
      op('o3', 'Requests', ' y.'),
      sub('s5', 'Again;'),
    );
    const labels = operativeNumbers(value);
    expect([...labels.values()]).toEqual(['1.', '2.', '(a)', '(b)', '(i)', '(ii)', '3.', '(a)']);
    const refs = paragraphRefs(value);
    expect([...refs.values()]).toEqual(['PP1', 'OP1', 'OP2', 'OP2(a)', 'OP2(b)', 'OP2(b)(i)', 'OP2(b)(ii)', 'OP3', 'OP3(a)']);
  });

  it('leaves a sole operative paragraph unnumbered', () => {
    expect(operativeNumbers(doc(op('o1', 'Decides', ' x.'))).get('o1')).toBe('');
  });

  it('numbers an embedded resolution on its own and refers to the outer clause as OP0.u1', () => {
    const value = doc(
      op('outer', 'Recommends', ' to the General Assembly the adoption of the following draft resolution:'),
      makeEmbedded([pp('p1', 'Recalling', ' x,'), op('i1', 'Decides', ' a;'), op('i2', 'Requests', ' b.')], 'e1'),
      makePlain('unnumbered', 'u1'),
    );
    const labels = operativeNumbers(value);
    expect(labels.get('outer')).toBe('');
    expect(labels.get('i1')).toBe('1.');
    const refs = paragraphRefs(value);
    expect(refs.get('outer')).toBe('OP0.u1');
    expect(refs.get('p1')).toBe('PP1');
    expect(refs.get('i2')).toBe('OP2');
  });
});
