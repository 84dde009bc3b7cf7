import { sameItems } from '../../model/same-items';
import { deltaFrom, replaced } from './list-delta';

/** What a ListMemo returns: one result per item, and whether any result differs from the last call's. */
export interface ListResults<R> {
  results: readonly R[];
  changed: boolean;
}

/**
 * Results per item of a list that mostly keeps its items between calls (a body's targets: Slate keeps unchanged
 * paragraphs, so their targets stay the same objects). An item identical (===) to the item at the same index last
 * time keeps its result; only the others are computed, so a keystroke costs one computation plus a pointer
 * comparison per item, or the computation alone when the list was made from the last one by `replaced`
 * (list-delta.ts), as the view's lists are after a keystroke. A computed result equal (`same`; === unless given) to the last one at its index is replaced
 * by that one, so results keep their identity; `changed` is false when every result was kept, so that a rule can
 * keep its whole output when an edit left every result as it was.
 */
export type ListMemo<T, R> = (items: readonly T[]) => ListResults<R>;

export function listMemo<T, R>(compute: (item: T) => R, same: (a: R, b: R) => boolean = (a, b) => a === b): ListMemo<T, R> {
  let lastItems: readonly T[] | null = null;
  let lastResults: readonly R[] = [];
  return (items) => {
    if (items === lastItems) return { results: lastResults, changed: false };
    const delta = deltaFrom(items, lastItems);
    if (delta) {
      // one item replaced since the last call: only that one is computed
      const result = compute(items[delta.index]!);
      lastItems = items;
      if (same(result, lastResults[delta.index]!)) return { results: lastResults, changed: false };
      lastResults = replaced(lastResults, delta.index, result);
      return { results: lastResults, changed: true };
    }
    const previous = lastItems;
    // copy on write: while every result is kept, the last results array is the answer (no new array per keystroke)
    let results: R[] | null = previous === null || items.length !== previous.length ? new Array<R>(items.length) : null;
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i]!;
      let result: R;
      if (previous !== null && item === previous[i]) {
        result = lastResults[i]!;
      } else {
        result = compute(item);
        if (i < lastResults.length && same(result, lastResults[i]!)) result = lastResults[i]!;
      }
      if (results) {
        results[i] = result;
      } else if (result !== lastResults[i]) {
        results = lastResults.slice();
        results[i] = result;
      }
    }
    lastItems = items;
    if (results) lastResults = results;
    return { results: lastResults, changed: results !== null };
  };
}

/** One ListMemo per key (per body: the root and each embedded resolution are lists of their own). */
export function keyedListMemo<T, R>(compute: (item: T) => R, same?: (a: R, b: R) => boolean): (key: string) => ListMemo<T, R> {
  const memos = new Map<string, ListMemo<T, R>>();
  return (key) => {
    let memo = memos.get(key);
    if (!memo) memos.set(key, (memo = listMemo(compute, same)));
    return memo;
  };
}

/**
 * The non-null results of several lists (one per body), in order, as one array: the same array as last time when
 * the same lists (by key) kept every result, so that the linter can keep the diagnostics made from it.
 */
export function concatMemo<R>(): (lists: readonly { key: string; memo: ListResults<R | null> }[]) => R[] {
  let last: { keys: string; out: R[] } | null = null;
  return (lists) => {
    const keys = lists.map((l) => l.key).join('\u0000');
    if (last && last.keys === keys && lists.every((l) => !l.memo.changed)) return last.out;
    const out: R[] = [];
    for (const { memo } of lists) for (const r of memo.results) if (r !== null) out.push(r);
    last = { keys, out };
    return out;
  };
}

/** The concatenation of parts (one array per body), kept as the same array while every part is the same array. */
export function flatMemo<R>(): (parts: readonly (readonly R[])[]) => R[] {
  let last: { parts: readonly (readonly R[])[]; out: R[] } | null = null;
  return (parts) => {
    if (last && sameItems(last.parts, parts)) return last.out;
    last = { parts, out: parts.flat() as R[] };
    return last.out;
  };
}
