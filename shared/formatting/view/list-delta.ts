/** How a list was derived from another: a copy of the base list with the item at `index` replaced. */
export interface ListDelta {
  index: number;
}

// the base is named by a serial number, not held: a chain of lists each holding the one before would keep every
// earlier version of the document alive
const serials = new WeakMap<readonly unknown[], number>();
const deltas = new WeakMap<readonly unknown[], { base: number; index: number }>();
let nextSerial = 0;

function serialOf(list: readonly unknown[]): number {
  let serial = serials.get(list);
  if (serial === undefined) serials.set(list, (serial = (nextSerial += 1)));
  return serial;
}

/**
 * A copy of `base` with one item replaced, remembering how it was made: a memo whose last input was `base` then
 * redoes only that index instead of comparing every item. After a keystroke the view's targets, the edited body's
 * paragraphs and its end-punctuation slots are made this way, so per-keystroke work does not grow with the document.
 */
export function replaced<T>(base: readonly T[], index: number, item: T): T[] {
  const out = base.slice();
  out[index] = item;
  deltas.set(out, { base: serialOf(base), index });
  return out;
}

/** The delta `list` was made with, when it was made from `base` by `replaced`. */
export function deltaFrom(list: readonly unknown[], base: readonly unknown[] | null): ListDelta | null {
  const delta = deltas.get(list);
  return delta && base !== null && serials.get(base) === delta.base ? delta : null;
}
