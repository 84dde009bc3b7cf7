import { describe, expect, it } from 'vitest';
import { doc, op, pp } from '../../../support/nodes';
import { lintWith, runParagraphRule } from '../rule-harness';

describe('op-verb-form', () => {
  it.each([
    ['Encourage Member States to develop measures;', 'Encourage', 'Encourages'],
    ['Also encourage Member States;', 'encourage', 'encourages'],
    ['Urging Member States to act;', 'Urging', 'Urges'],
    ['Decided to remain seized of the matter.', 'Decided', 'Decides'],
    ['Calling upon States to act;', 'Calling', 'Calls'],
  ])('%s', (text, word, replacement) => {
    expect(runParagraphRule('op-verb-form', text, 'op')).toEqual([{ text: word, replacement, severity: undefined }]);
  });

  it.each(['Encourages Member States;', 'Also urges States;', 'Takes note of the report;', 'Stresses the need;'])('accepts %s', (text) => {
    expect(runParagraphRule('op-verb-form', text, 'op')).toEqual([]);
  });
});

describe('opener-adverb-order', () => {
  it.each([
    ['pp', 'Also recalling its resolution,', 'Also recalling', 'Recalling also'],
    ['pp', 'Further taking note of the report,', 'Further taking note', 'Taking note further'],
    ['op', 'Requests also the Secretary-General to report;', 'Requests also', 'Also requests'],
    ['op', 'Calls upon also Member States;', 'Calls upon also', 'Also calls upon'],
    ['op', 'Urges further that States act;', 'Urges further', 'Further urges'],
  ] as const)('%s: %s', (kind, text, flagged, replacement) => {
    expect(runParagraphRule('opener-adverb-order', text, kind)).toEqual([{ text: flagged, replacement, severity: undefined }]);
  });

  it.each([
    ['pp', 'Reaffirming also Commission resolution 16/2,'],
    ['op', 'Also urges Member States;'],
    ['op', 'Requests further information on the matter;'],
  ] as const)('accepts %s: %s', (kind, text) => {
    expect(runParagraphRule('opener-adverb-order', text, kind)).toEqual([]);
  });
});

describe('opener-unknown', () => {
  it('suggests the nearest lexicon form for a typo', () => {
    expect(runParagraphRule('opener-unknown', 'Recallng its resolution,', 'pp')).toEqual([{ text: 'Recallng', replacement: 'Recalling', severity: undefined }]);
  });

  it('knows lexicon heads with other qualifiers and -ise spellings (Emphasising is spelling-ize’s business)', () => {
    for (const text of ['Noting with deep appreciation the work,', 'Emphasising that,', 'Deeply concerned also,', 'Guided by the Charter,']) {
      expect(runParagraphRule('opener-unknown', text, 'pp')).toEqual([]);
    }
    expect(runParagraphRule('opener-unknown', 'Notes with deep appreciation the work;', 'op')).toEqual([]);
  });

  it('flags a paragraph that does not open like a clause', () => {
    expect(runParagraphRule('opener-unknown', 'the Assembly recalls,', 'pp')).toHaveLength(1);
  });

  it('treats Security Council openers as info outside the Council and accepts them in its rule set', () => {
    const value = doc(pp('p1', 'Acting under Chapter VII of the Charter of the United Nations', ','), op('o1', 'Decides', ' to remain seized of the matter.'));
    expect(lintWith(value, ['opener-unknown']).map((d) => d.severity)).toEqual(['info']);
    expect(lintWith(value, ['opener-unknown'], { organ: 'sc' })).toEqual([]);
  });
});
