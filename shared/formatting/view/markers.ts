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

export function placedMarkers(view: DocView): PlacedMarker[] {
  const hit = perView.get(view);
  if (hit) return hit;
  const seen = new Map<string, number>();
  const out: PlacedMarker[] = [];
  for (const marker of view.footnotes.markers) {
    const target = view.byId.get(marker.holder);
    const occurrence = seen.get(marker.footnoteId) ?? 0;
    seen.set(marker.footnoteId, occurrence + 1);
    out.push({
      ...marker,
      text: target?.text ?? '',
      kind: target?.kind ?? marker.holder,
      number: view.footnotes.numbers.get(marker.footnoteId) ?? 0,
      occurrence,
    });
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
