import { sameItems } from '../model/same-items';
import type { Citation } from './citation';

/**
 * The comparisons behind Ibid. (un-format.md §5.4). "See" never matters: an antecedent's "See" is dropped.
 * Free text is an explanatory note (or something unparsed) and never takes part.
 */

const withoutSee = (c: Citation): Record<string, unknown> => {
  const { see: _see, ...rest } = c as Citation & { see?: boolean };
  return rest;
};

export function identical(a: Citation, b: Citation): boolean {
  if (a.kind === 'text' || b.kind === 'text' || a.kind !== b.kind) return false;
  const x = withoutSee(a);
  const y = withoutSee(b);
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    const u = x[key] ?? null;
    const v = y[key] ?? null;
    if (Array.isArray(u) && Array.isArray(v) ? !sameItems(u, v) : u !== v) return false;
  }
  return true;
}

/**
 * Same work: Treaty Series with Treaty Series, ETS with ETS, Official Records of one organ. The other kinds
 * (a resolution annex, a bare symbol, a report) only when identical.
 */
export function sameWork(a: Citation, b: Citation): boolean {
  if (a.kind === 'unts' && b.kind === 'unts') return true;
  if (a.kind === 'ets' && b.kind === 'ets') return true;
  if (a.kind === 'or' && b.kind === 'or') return a.organ === b.organ;
  return identical(a, b);
}
