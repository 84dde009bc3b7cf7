import { describe, expect, it } from 'vitest';
import { applyEdits, editFor, mapPosition } from '../../../shared/compilation/text-edits';
import { makeFootnoteRef } from '../../../shared/model/factories';
import { paragraphText } from '../../../shared/model/text';

const apply = (text: string, op: 'add' | 'delete' | 'replace', words: string, target: string, before = false) => {
  const at = text.indexOf(target);
  const range = before || op === 'add' ? { start: at, end: at } : { start: at, end: at + target.length };
  const edit = editFor(op, range, words, text);
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
};

describe('agreed edits with spacing repaired', () => {
  it.each([
    ['add before a word', 'the outcomes of the World Summit;', 'add', 'the 2000 Millennium Summit and', 'the World', 'the outcomes of the 2000 Millennium Summit and the World Summit;'],
    ['add before punctuation', 'the World Summit;', 'add', 'and its follow-up', ';', 'the World Summit and its follow-up;'],
    ['delete inside', 'Also reaffirms the commitments;', 'delete', '', 'reaffirms', 'Also the commitments;'],
    ['delete before punctuation', 'Member States and observers;', 'delete', '', 'and observers', 'Member States;'],
    ['delete at the start', 'Strongly urges States;', 'delete', '', 'Strongly', 'urges States;'],
    ['replace', 'Reaffirms the commitments;', 'replace', 'Recognizes', 'Reaffirms', 'Recognizes the commitments;'],
  ] as const)('%s', (_, text, op, words, target, expected) => {
    expect(apply(text, op, words, target)).toBe(expected);
  });

  it('keeps formatting and footnote markers of the runs around an edit', () => {
    const children = [{ text: 'Recalling', opener: true as const }, { text: ' the Convention' }, makeFootnoteRef('f1'), { text: ' and the Protocol,' }];
    const out = applyEdits(children, [{ start: 9, end: 9, text: ' also' }, { start: 24, end: 41, text: '' }]);
    expect(out).toEqual([{ text: 'Recalling', opener: true }, { text: ' also the Convention' }, makeFootnoteRef('f1'), { text: ',' }]);
    expect(paragraphText(out)).toBe('Recalling also the Convention,');
  });

  it('maps old positions through the edits', () => {
    const edits = [{ start: 4, end: 4, text: 'abc' }, { start: 10, end: 14, text: 'x' }];
    expect([mapPosition(2, edits), mapPosition(4, edits), mapPosition(8, edits), mapPosition(12, edits), mapPosition(20, edits)]).toEqual([2, 4, 11, null, 20]);
  });
});
