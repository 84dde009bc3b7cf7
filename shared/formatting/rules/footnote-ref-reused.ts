import type { DocumentRule } from '../rule';
import { markerFix, placedMarkers, type PlacedMarker } from '../view/markers';
import { markerMemo, present } from '../view/marker-memo';
import { footnoteInputs } from '../view/footnote-inputs';

function check(marker: PlacedMarker, before: boolean | undefined, policy: string) {
  if (marker.occurrence === 0) return null;
  const firstOperative = (marker.kind === 'op' || marker.kind === 'sub') && before === true;
  if (policy === 'same-number' && firstOperative) return null;
  const { range, fix } = markerFix(marker, null);
  return {
    paragraphId: marker.holder,
    range,
    fix,
    message: `Footnote ${marker.number} is referenced again here; drop the repeated marker (or set the repeat policy).`,
  };
}
const memo = markerMemo();

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
    const policy = view.settings.footnoteRepeat;
    return present(
      placedMarkers(view).map((marker) => {
        const before = onlyPreamble.get(marker.footnoteId);
        onlyPreamble.set(marker.footnoteId, (before ?? true) && marker.kind === 'pp');
        // a marker's finding reads the marker, the references before it (`before`) and the policy
        return memo(marker, [before, policy], () => check(marker, before, policy));
      }),
    );
  },
};
