import { sameItems } from '../../model/same-items';
import type { Finding } from '../diagnostic';
import type { PlacedMarker } from './markers';

type Found = Finding & { paragraphId: string };

/**
 * A footnote check's finding per placed marker, remembered with what else `compute` read (`context`, compared item
 * by item): placed markers outside an edited paragraph stay the same objects (markers.ts), so after a keystroke in
 * a paragraph with a marker only that paragraph's markers are checked again, and the other findings keep their
 * identity (the linter keeps their diagnostics).
 */
export function markerMemo(): (marker: PlacedMarker, context: readonly unknown[], compute: () => Found | null) => Found | null {
  const memo = new WeakMap<PlacedMarker, { context: readonly unknown[]; found: Found | null }>();
  return (marker, context, compute) => {
    const hit = memo.get(marker);
    if (hit && sameItems(hit.context, context)) return hit.found;
    const found = compute();
    memo.set(marker, { context, found });
    return found;
  };
}

/** The non-null findings, in order. */
export const present = (found: readonly (Found | null)[]): Found[] => found.filter((f): f is Found => f !== null);
