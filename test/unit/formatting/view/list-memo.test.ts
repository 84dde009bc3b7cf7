import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listMemo } from '../../../../shared/formatting/view/list-memo';

/** Items are objects from a small pool, so that lists share items by identity as a document's targets do. */
const pool = Array.from({ length: 6 }, (_, i) => ({ value: i }));
const lists = fc.array(fc.array(fc.nat(pool.length - 1), { maxLength: 8 }).map((ids) => ids.map((i) => pool[i]!)), { minLength: 1, maxLength: 12 });

describe('listMemo', () => {
  it('answers every list as mapping it afresh would, and says whether a result changed', () => {
    fc.assert(
      fc.property(lists, (sequence) => {
        let computed = 0;
        // results are fresh objects, equal when the values agree in parity: `same` keeps the older one
        const memo = listMemo((item: { value: number }) => ((computed += 1), { parity: item.value % 2 }), (a, b) => a.parity === b.parity);
        let previous: readonly { parity: number }[] | null = null;
        for (const list of sequence) {
          const { results, changed } = memo(list);
          expect(results).toEqual(list.map((item) => ({ parity: item.value % 2 })));
          const kept = previous !== null && previous.length === results.length && results.every((r, i) => r === previous![i]);
          expect(changed).toBe(!kept);
          previous = results;
        }
        expect(computed).toBeLessThanOrEqual(sequence.reduce((n, list) => n + list.length, 0));
      }),
    );
  });

  it('computes only the items that are not where they were', () => {
    const computed: number[] = [];
    const memo = listMemo((item: { value: number }) => (computed.push(item.value), item.value));
    const [a, b, c, d] = pool;
    memo([a!, b!, c!]);
    expect(memo([a!, d!, c!]).changed).toBe(true);
    expect(computed).toEqual([0, 1, 2, 3]);
    // the same items in a new array: nothing computed, nothing changed
    expect(memo([a!, d!, c!]).changed).toBe(false);
    expect(computed).toEqual([0, 1, 2, 3]);
  });
});
