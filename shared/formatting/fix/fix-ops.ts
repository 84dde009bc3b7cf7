import type { Diagnostic, MarkerMove, TextEdit } from '../diagnostic';

/** A diagnostic's fix as primitive operations: text edits in targets, and at most one marker move. */
export interface FixOps {
  edits: TextEdit[];
  marker: (MarkerMove & { paragraphId: string }) | null;
  /** a footnote whose imported text is dropped so that its derived text prints (range null on a footnote) */
  regenerate: string | null;
}

export function fixOps(d: Diagnostic): FixOps | null {
  if (!d.fix) return null;
  if (!d.range) return { edits: [], marker: null, regenerate: d.paragraphId };
  return {
    edits: [{ paragraphId: d.paragraphId, range: d.range, replacement: d.fix.replacement }, ...(d.fix.edits ?? [])],
    marker: d.fix.marker ? { ...d.fix.marker, paragraphId: d.paragraphId } : null,
    regenerate: null,
  };
}

const overlaps = (a: TextEdit, b: TextEdit): boolean =>
  a.paragraphId === b.paragraphId &&
  (a.range.start < b.range.end && b.range.start < a.range.end ||
    a.range.start === b.range.start ||
    a.range.end === b.range.end);

/**
 * Picks fixes that do not touch each other, in order: two edits on overlapping or abutting-equal ranges of one
 * target, two marker moves in one target, or two fixes of one footnote never go in the same batch.
 */
export function compatibleFixes(diagnostics: readonly Diagnostic[]): FixOps[] {
  const chosen: FixOps[] = [];
  const edits: TextEdit[] = [];
  const markerTargets = new Set<string>();
  const footnotes = new Set<string>();
  for (const d of diagnostics) {
    const ops = fixOps(d);
    if (!ops) continue;
    if (ops.regenerate && footnotes.has(ops.regenerate)) continue;
    if (ops.marker && markerTargets.has(ops.marker.paragraphId)) continue;
    if (ops.edits.some((e) => footnotes.has(e.paragraphId) || edits.some((other) => overlaps(e, other)))) continue;
    if (ops.regenerate) footnotes.add(ops.regenerate);
    if (ops.marker) markerTargets.add(ops.marker.paragraphId);
    edits.push(...ops.edits);
    chosen.push(ops);
  }
  return chosen;
}
