import type { DocumentRule } from '../rule';
import { markerFix, placedMarkers, type PlacedMarker } from '../view/markers';
import { footnoteInputs } from '../view/footnote-inputs';
import { markerMemo, present } from '../view/marker-memo';

/** Where the marker belongs: after , ; : . and closing quotes, before a dash (un-format.md §5.2). */
const PUNCTUATION = /[,;:.”’]+/y;
const DASH_BEFORE = /\s*[–—]\s*$/;

export function punctuatedOffset(marker: PlacedMarker): number {
  // sticky match at the marker: no copy of the rest of the paragraph
  PUNCTUATION.lastIndex = marker.offset;
  const after = PUNCTUATION.exec(marker.text);
  if (after) return marker.offset + after[0].length;
  const before = marker.text.slice(Math.max(0, marker.offset - 8), marker.offset);
  const dash = DASH_BEFORE.exec(before);
  if (dash) return marker.offset - dash[0].length;
  return marker.offset;
}

function check(marker: PlacedMarker) {
  const to = punctuatedOffset(marker);
  if (to === marker.offset) return null;
  const where = to > marker.offset ? `after “${marker.text.slice(marker.offset, to)}”` : 'before the dash';
  const { range, fix } = markerFix(marker, to);
  return { paragraphId: marker.holder, range, fix, message: `Footnote marker ${marker.number} goes ${where}.` };
}
const memo = markerMemo();

export const footnoteMarkerPunctuation: DocumentRule = {
  type: 'document',
  id: 'footnote-marker-punctuation',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'A footnote marker follows punctuation and closing quotes, and stands before a dash.',
  inputs: footnoteInputs,
  // a marker's finding reads the marker alone
  check: (view) => present(placedMarkers(view).map((marker) => memo(marker, [], () => check(marker)))),
};
