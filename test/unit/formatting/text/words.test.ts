import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../../../../shared/formatting/text/words';

/** The definition the hand-written scanner implements: letters and digits, joined by apostrophes and hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’‑-][\p{L}\p{N}]+)*/gu;
const byRegex = (text: string) => [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));

/** Pieces that exercise the edges: joiners at word ends, accented and astral letters, lone surrogates, digits. */
const pieces = fc.constantFrom('a', 'Z', '9', ' ', '-', "'", '’', '‑', '–', 'é', 'Côte', 'd’Ivoire', '𝐀', '\ud835', '\udc00', '٣', '—', ',', '“');

describe('words', () => {
  it.each([
    ['people-centred and far-reaching', ['people-centred', 'and', 'far-reaching']],
    ['Côte d’Ivoire, the States’ reports', ['Côte', 'd’Ivoire', 'the', 'States', 'reports']],
    ['resolution 70/1 - ends- -starts', ['resolution', '70', '1', 'ends', 'starts']],
  ])('splits %j', (text, expected) => {
    expect(words(text).map((w) => w.word)).toEqual(expected);
  });

  it('finds exactly what the word pattern matches, with the same offsets', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(pieces).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        expect(words(text)).toEqual(byRegex(text));
      }),
      { numRuns: 1000 },
    );
  });
});
