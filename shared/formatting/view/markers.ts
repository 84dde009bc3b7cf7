import type { Marker } from './collect-markers';
import type { TextRange } from '../diagnostic';
import type { DocView } from './doc-view';

/** A marker with its holder's text and the holder's kind. */
export interface PlacedMarker extends Marker {
  text: string;
  kind: string;
  number: number;
  /** the n-th reference to this footnote (0 = first) */
  occurrence: number;
}

const perView = new WeakMap<DocView, PlacedMarker[]>();
// the last placed form of each marker: kept (the same object) while its holder's text, its number and its
// occurrence are, so that footnote checks can remember their result per placed marker across keystrokes
const placedOf = new WeakMap<Marker, PlacedMarker>();

/**
 * The document's markers with what the footnote checks read about each. After an edit, only the markers of the
 * edited paragraph (or those renumbered) are new objects.
 */
export function placedMarkers(view: DocView): PlacedMarker[] {
  const hit = perView.get(view);
  if (hit) return hit;
  const seen = new Map<string, number>();
  const out: PlacedMarker[] = [];
  for (const marker of view.footnotes.markers) {
    const target = view.byId.get(marker.holder);
    const occurrence = seen.get(marker.footnoteId) ?? 0;
    seen.set(marker.footnoteId, occurrence + 1);
    const text = target?.text ?? '';
    const kind = target?.kind ?? marker.holder;
    const number = view.footnotes.numbers.get(marker.footnoteId) ?? 0;
    const prior = placedOf.get(marker);
    if (prior && prior.text === text && prior.kind === kind && prior.number === number && prior.occurrence === occurrence) {
      out.push(prior);
      continue;
    }
    // fields spelled out: `{ ...marker, more }` takes V8's slow path here, and this runs after each edit of a holder
    const placed = { footnoteId: marker.footnoteId, holder: marker.holder, offset: marker.offset, text, kind, number, occurrence };
    placedOf.set(marker, placed);
    out.push(placed);
  }
  perView.set(view, out);
  return out;
}

/** A range for a marker: the character before it (a marker has no width in the text). */
export function markerRange(marker: PlacedMarker): TextRange {
  return marker.offset > 0 ? { start: marker.offset - 1, end: marker.offset } : { start: 0, end: Math.min(1, marker.text.length) };
}

/** A fix that moves (or, with `to: null`, removes) a marker and leaves the text as it is. */
export function markerFix(marker: PlacedMarker, to: number | null) {
  const range = markerRange(marker);
  return { range, fix: { replacement: marker.text.slice(range.start, range.end), marker: { footnoteId: marker.footnoteId, from: marker.offset, to } } };
}
