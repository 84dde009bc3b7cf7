import { diffArrays } from 'diff';

export type DiffOp = 'equal' | 'insert' | 'delete';

/** A run of tokens: [start, end) in the old token list and in the new one (one side is empty for insert/delete). */
export interface TokenSegment {
  op: DiffOp;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * Myers diff over token keys, then a semantic cleanup: short equalities stranded between edits (a space, "the")
 * are folded into the edits around them, so a rewritten clause reads as one deletion and one insertion rather
 * than a comb of one-word changes. Within each edit group the deletion comes before the insertion.
 * Invariant: the equal and delete segments cover the old tokens in order; equal and insert cover the new ones.
 */
export function diffTokens(a: readonly string[], b: readonly string[], weight: (token: string) => number): TokenSegment[] {
  const raw: TokenSegment[] = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays(a as string[], b as string[])) {
    const n = change.count;
    if (change.added) raw.push({ op: 'insert', aStart: i, aEnd: i, bStart: j, bEnd: (j += n) });
    else if (change.removed) raw.push({ op: 'delete', aStart: i, aEnd: (i += n), bStart: j, bEnd: j });
    else raw.push({ op: 'equal', aStart: i, aEnd: (i += n), bStart: j, bEnd: (j += n) });
  }
  const weights = { a: prefixSums(a, weight), b: prefixSums(b, weight) };
  const grouped = regroup(trimSharedSpace(regroup(foldShortEqualities(raw, weights)), a, b, weight));
  return regroup(slideLeft(grouped, a, b));
}

interface Weights {
  a: number[];
  b: number[];
}

const prefixSums = (tokens: readonly string[], weight: (t: string) => number): number[] => {
  const out = [0];
  for (const token of tokens) out.push(out[out.length - 1]! + weight(token));
  return out;
};

const span = (sums: number[], from: number, to: number) => sums[to]! - sums[from]!;

/** Marks equalities to dissolve; a dissolved equality becomes a delete of its old tokens and an insert of its new. */
function foldShortEqualities(segments: TokenSegment[], weights: Weights): TokenSegment[] {
  let current = segments;
  for (let pass = 0; pass < 8; pass += 1) {
    const groups = editWeights(current, weights);
    let changed = false;
    const next: TokenSegment[] = [];
    current.forEach((segment, index) => {
      const before = groups.get(index - 1);
      const after = groups.get(index + 1);
      if (segment.op === 'equal' && before !== undefined && after !== undefined) {
        const size = span(weights.a, segment.aStart, segment.aEnd);
        if (size <= Math.min(before, after)) {
          next.push({ op: 'delete', aStart: segment.aStart, aEnd: segment.aEnd, bStart: segment.bStart, bEnd: segment.bStart });
          next.push({ op: 'insert', aStart: segment.aEnd, aEnd: segment.aEnd, bStart: segment.bStart, bEnd: segment.bEnd });
          changed = true;
          return;
        }
      }
      next.push(segment);
    });
    current = next;
    if (!changed) break;
  }
  return current;
}

/** For each non-equal segment index, the weight of the larger side of the edit group it belongs to. */
function editWeights(segments: TokenSegment[], weights: Weights): Map<number, number> {
  const out = new Map<number, number>();
  let k = 0;
  while (k < segments.length) {
    if (segments[k]!.op === 'equal') {
      k += 1;
      continue;
    }
    let start = k;
    let deleted = 0;
    let inserted = 0;
    while (k < segments.length && segments[k]!.op !== 'equal') {
      const s = segments[k]!;
      deleted += span(weights.a, s.aStart, s.aEnd);
      inserted += span(weights.b, s.bStart, s.bEnd);
      k += 1;
    }
    const size = Math.max(deleted, inserted);
    for (; start < k; start += 1) out.set(start, size);
  }
  return out;
}

/** Merges each maximal run of edits into one delete followed by one insert; drops empty segments. */
function regroup(segments: TokenSegment[]): TokenSegment[] {
  const out: TokenSegment[] = [];
  let k = 0;
  while (k < segments.length) {
    const s = segments[k]!;
    if (s.op === 'equal') {
      const last = out[out.length - 1];
      if (last && last.op === 'equal') {
        last.aEnd = s.aEnd;
        last.bEnd = s.bEnd;
      } else if (s.aEnd > s.aStart) out.push({ ...s });
      k += 1;
      continue;
    }
    const aStart = s.aStart;
    const bStart = s.bStart;
    let aEnd = aStart;
    let bEnd = bStart;
    while (k < segments.length && segments[k]!.op !== 'equal') {
      aEnd = Math.max(aEnd, segments[k]!.aEnd);
      bEnd = Math.max(bEnd, segments[k]!.bEnd);
      k += 1;
    }
    if (aEnd > aStart) out.push({ op: 'delete', aStart, aEnd, bStart, bEnd: bStart });
    if (bEnd > bStart) out.push({ op: 'insert', aStart: aEnd, aEnd, bStart, bEnd });
  }
  return out;
}

/**
 * A replacement whose two sides end (or start) with the same zero-weight token, a space, gives that token
 * back to the text around it: "[Urges]{Also urges} Member", not "[Urges ]{Also urges }Member".
 */
function trimSharedSpace(segments: TokenSegment[], a: readonly string[], b: readonly string[], weight: (t: string) => number) {
  const out: TokenSegment[] = [];
  for (let k = 0; k < segments.length; k += 1) {
    const del = segments[k]!;
    const ins = segments[k + 1];
    if (del.op !== 'delete' || !ins || ins.op !== 'insert') {
      out.push(del);
      continue;
    }
    const d = { ...del };
    const i = { ...ins };
    const lead = a[d.aStart] === b[i.bStart] && weight(a[d.aStart]!) === 0 && d.aEnd - d.aStart > 1 && i.bEnd - i.bStart > 1;
    if (lead) {
      out.push({ op: 'equal', aStart: d.aStart, aEnd: d.aStart + 1, bStart: d.bStart, bEnd: d.bStart + 1 });
      d.aStart += 1;
      d.bStart += 1;
      d.bEnd += 1;
      i.aStart = d.aEnd;
      i.aEnd = d.aEnd;
      i.bStart += 1;
    }
    const tail = a[d.aEnd - 1] === b[i.bEnd - 1] && weight(b[i.bEnd - 1]!) === 0 && d.aEnd - d.aStart > 1 && i.bEnd - i.bStart > 1;
    if (tail) {
      d.aEnd -= 1;
      i.aStart -= 1;
      i.aEnd -= 1;
      i.bEnd -= 1;
    }
    out.push(d, i);
    if (tail) out.push({ op: 'equal', aStart: d.aEnd, aEnd: d.aEnd + 1, bStart: i.bEnd, bEnd: i.bEnd + 1 });
    k += 1;
  }
  return out;
}

/**
 * A pure insertion or deletion can often sit in several places ("of the {2000 Summit and the} World" or
 * "of {the 2000 Summit and} the World"); it slides as far left as the text allows, which puts it at the
 * natural word boundary: "Recalling{ also} its", "of{ the 2000 Summit and} the World".
 */
function slideLeft(segments: TokenSegment[], a: readonly string[], b: readonly string[]) {
  const out = segments.map((s) => ({ ...s }));
  for (let k = 1; k < out.length; k += 1) {
    const before = out[k - 1]!;
    const edit = out[k]!;
    if (before.op !== 'equal' || edit.op === 'equal' || (out[k + 1] && out[k + 1]!.op !== 'equal')) continue;
    const tokens = edit.op === 'delete' ? a : b;
    while (before.aEnd > before.aStart) {
      const last = edit.op === 'delete' ? tokens[edit.aEnd - 1] : tokens[edit.bEnd - 1];
      if (a[before.aEnd - 1] !== last) break;
      // The edit moves one token left on both sides; the equal before shrinks and the one after grows.
      before.aEnd -= 1;
      before.bEnd -= 1;
      edit.aStart -= 1;
      edit.aEnd -= 1;
      edit.bStart -= 1;
      edit.bEnd -= 1;
      const after = out[k + 1];
      if (after) {
        after.aStart -= 1;
        after.bStart -= 1;
      } else out.push({ op: 'equal', aStart: edit.aEnd, aEnd: edit.aEnd + 1, bStart: edit.bEnd, bEnd: edit.bEnd + 1 });
    }
  }
  return out.filter((s) => s.aEnd > s.aStart || s.bEnd > s.bStart);
}
