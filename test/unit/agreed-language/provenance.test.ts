import { describe, expect, it } from 'vitest';
import { adoptedIn, provenanceLabel, sourceOf } from '../../../shared/agreed-language/provenance';

describe('provenance as the delegate reads it', () => {
  it.each([
    ['OP5', 'A/RES/78/201, para. 5'],
    ['PP3', 'A/RES/78/201, preambular para. 3'],
    ['OP5(a)', 'A/RES/78/201, para. 5 (a)'],
    ['OP5(a)(ii)', 'A/RES/78/201, para. 5 (a) (ii)'],
    ['ANNEX.4', 'A/RES/78/201, annex para. 4'],
    ['OP5.u1', 'A/RES/78/201 OP5.u1'],
  ])('%s → %s', (paragraph, label) => {
    expect(provenanceLabel({ symbol: 'A/RES/78/201', paragraph })).toBe(label);
  });

  it('says organ and year', () => {
    expect(adoptedIn({ body: 'General Assembly', date: '2023-12-19' })).toBe('General Assembly, 2023');
    expect(adoptedIn({ body: 'Security Council', date: '' })).toBe('Security Council');
  });

  it('keeps the source of a passage, drafts marked', () => {
    const passage = {
      ref: 'E/CN.15/2019/L.3 PP1', symbol: 'E/CN.15/2019/L.3', paragraph: 'PP1', kind: 'preambular' as const, body: '', date: '2019-05-24',
      title: 't', opener: 'Recognizing', text: 'Recognizing the potential,', draft: true,
    };
    expect(sourceOf(passage)).toEqual({
      ref: 'E/CN.15/2019/L.3 PP1', symbol: 'E/CN.15/2019/L.3', paragraph: 'PP1', body: '', date: '2019-05-24', text: 'Recognizing the potential,', draft: true,
    });
  });
});
