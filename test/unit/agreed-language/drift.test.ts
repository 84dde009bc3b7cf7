import { describe, expect, it } from 'vitest';
import { isModified, wordDiff } from '../../../shared/agreed-language/drift';

const source = 'Urges States to take effective measures to prevent child sexual exploitation;';

describe('drift from agreed language', () => {
  it.each([
    ['the same text', source, false],
    ['only the final punctuation (its place in the draft)', source.replace(/;$/, '.'), false],
    ['only spacing', source.replace(/ /g, '  '), false],
    ['a word changed', source.replace('effective', 'all necessary'), true],
    ['a word added', source.replace('prevent', 'prevent and combat'), true],
    ['the opener changed', source.replace('Urges', 'Also urges'), true],
  ])('%s → modified: %s', (_name, current, modified) => {
    expect(isModified(source, current)).toBe(modified);
  });

  it('shows what changed word by word', () => {
    const changes = wordDiff(source, source.replace('effective', 'all necessary'));
    expect(changes.filter((c) => c.op !== 'equal')).toEqual([
      { op: 'delete', text: 'effective' },
      { op: 'insert', text: 'all necessary' },
    ]);
    expect(changes.filter((c) => c.op !== 'insert').map((c) => c.text).join('')).toBe(source);
  });

  it('has no changes for the same text', () => {
    expect(wordDiff(source, source)).toEqual([{ op: 'equal', text: source }]);
  });
});
