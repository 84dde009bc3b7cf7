import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText, sidesOf, tokenize, wordSimilarity } from '../../../shared/revisions/word-diff';

describe('diffText', () => {
  const cases: { a: string; b: string; changes: [string, string][] }[] = [
    { a: 'Urges Member States', b: 'Urges Member States', changes: [['equal', 'Urges Member States']] },
    {
      a: 'Urges Member States to act;',
      b: 'Also urges Member States to act;',
      changes: [['delete', 'Urges'], ['insert', 'Also urges'], ['equal', ' Member States to act;']],
    },
    {
      a: 'to grant law enforcement agencies appropriate powers and to provide tools',
      b: 'to grant law enforcement agencies appropriate authority and to provide appropriate tools',
      changes: [
        ['equal', 'to grant law enforcement agencies appropriate '],
        ['delete', 'powers'],
        ['insert', 'authority'],
        ['equal', ' and to provide'],
        ['insert', ' appropriate'],
        ['equal', ' tools'],
      ],
    },
    // A lone "the" between two rewrites is folded into one edit instead of a comb of small ones.
    {
      a: 'recalls the resolution',
      b: 'welcomes the decision',
      changes: [['delete', 'recalls the resolution'], ['insert', 'welcomes the decision']],
    },
    { a: '', b: 'New text.', changes: [['insert', 'New text.']] },
    { a: 'Old text.', b: '', changes: [['delete', 'Old text.']] },
  ];
  it.each(cases)('$a → $b', ({ a, b, changes }) => {
    expect(diffText(a, b).map((c) => [c.op, c.text])).toEqual(changes);
  });

  it('keeps both texts exactly: equal + delete spell the old text, equal + insert the new one', () => {
    const words = fc.constantFrom('the', 'States', 'Member', 'child', ',', ';', ' ', '  ', 'and', 'online', '(a)', '–', 'l’enfant');
    const text = fc.array(words, { maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const changes = diffText(a, b);
        expect(sidesOf(changes)).toEqual({ a, b });
        expect(changes.every((c) => c.text.length > 0)).toBe(true);
      }),
    );
  });

  it('tokenizes words, punctuation and spaces without losing a character', () => {
    expect(tokenize('States’ rights, (a) 2030 Agenda')).toEqual(['States', '’', ' ', 'rights', ',', ' ', '(', 'a', ')', ' ', '2030', ' ', 'Agenda']);
  });
});

describe('wordSimilarity', () => {
  it.each([
    ['Urges Member States to act', 'Urges Member States to act', 1],
    ['Urges Member States', 'urges member states', 1],
    ['a b c d', 'a b x y', 0.5],
    ['one two', 'three four', 0],
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(wordSimilarity(a, b)).toBeCloseTo(expected, 5);
  });
});
