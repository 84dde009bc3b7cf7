import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../shared/agreed-language/search-index';
import { fixtureIndex } from './corpus-fixture';

const concat = (chunks: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

describe('index serialization (the on-disk cache)', () => {
  const bytes = concat(fixtureIndex().serialize('stamp-1'));

  it('loads back to the same searches, with its stamp', () => {
    const loaded = SearchIndex.load(bytes);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.stamp).toBe('stamp-1');
    expect(loaded.index.paragraphCount).toBe(fixtureIndex().paragraphCount);
    for (const typed of ['Recognizing the potential for victims', 'Also decides that', 'Calls upon States to ensure']) {
      expect(loaded.index.suggest(typed, { k: 5 })).toEqual(fixtureIndex().suggest(typed, { k: 5 }));
    }
    expect(loaded.index.passageByRef('A/RES/74/174 OP1')).toEqual(fixtureIndex().passageByRef('A/RES/74/174 OP1'));
  });

  it('loads from bytes that do not start on an 8-byte boundary (a Buffer slice)', () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const loaded = SearchIndex.load(shifted.subarray(3));
    expect(loaded.ok).toBe(true);
  });

  it.each([
    ['empty', new Uint8Array(0), /not a Penholder index/],
    ['another file', new TextEncoder().encode('{"format":"penholder"}'), /not a Penholder index/],
    ['truncated', bytes.subarray(0, Math.floor(bytes.length / 2)), /truncated|damaged/],
    ['a damaged header', (() => {
      const b = bytes.slice();
      b.fill(0x7b, 12, 40);
      return b;
    })(), /damaged/],
  ])('refuses %s bytes with a clear error', (_name, input, message) => {
    const loaded = SearchIndex.load(input);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatch(message);
  });
});
