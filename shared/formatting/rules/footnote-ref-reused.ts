import type { DocumentRule } from '../rule';
import { markerFix, placedMarkers } from '../view/markers';
import { footnoteInputs } from '../view/footnote-inputs';

/** Allowed only under `same-number`, and only at the first operative mention (un-format.md §5.1). */
export const footnoteRefReused: DocumentRule = {
  type: 'document',
  id: 'footnote-ref-reused',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'A numbered footnote is referenced once (a repeat only under the same-number policy, at the first operative mention).',
  inputs: footnoteInputs,
  check: (view) => {
    // per footnote: did every reference so far stand in the preamble?
    const onlyPreamble = new Map<string, boolean>();
    return placedMarkers(view).flatMap((marker) => {
      const before = onlyPreamble.get(marker.footnoteId);
      onlyPreamble.set(marker.footnoteId, (before ?? true) && marker.kind === 'pp');
      if (marker.occurrence === 0) return [];
      const firstOperative = (marker.kind === 'op' || marker.kind === 'sub') && before === true;
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
