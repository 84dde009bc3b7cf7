import type { DocumentRule } from '../rule';
import { markerFix, placedMarkers } from '../view/markers';

/** Allowed only under `same-number`, and only at the first operative mention (un-format.md §5.1). */
export const footnoteRefReused: DocumentRule = {
  type: 'document',
  id: 'footnote-ref-reused',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'A numbered footnote is referenced once (a repeat only under the same-number policy, at the first operative mention).',
  check: (view) => {
    const markers = placedMarkers(view);
    return markers.flatMap((marker) => {
      if (marker.occurrence === 0) return [];
      const earlier = markers.filter((m) => m.footnoteId === marker.footnoteId && m.occurrence < marker.occurrence);
      const firstOperative = (marker.kind === 'op' || marker.kind === 'sub') && earlier.every((m) => m.kind === 'pp');
      if (view.settings.footnoteRepeat === 'same-number' && firstOperative) return [];
      return [
        {
          paragraphId: marker.holder,
          ...markerFix(marker, null),
          message: `Footnote ${marker.number} is referenced again here; drop the repeated marker (or set the repeat policy).`,
        },
      ];
    });
  },
};
