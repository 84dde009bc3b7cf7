import { identical } from '../../citations/same-work';
import type { DocumentRule } from '../rule';
import { markerFix, placedMarkers } from '../view/markers';

/** Placements that depart from the document's repeat policy (un-format.md §5.1). */
export const footnoteRepeat: DocumentRule = {
  type: 'document',
  id: 'footnote-repeat',
  severity: 'info',
  organs: 'all',
  scope: 'resolution',
  description: 'Footnotes on a repeated instrument follow the document’s repeat policy (none, same number, new footnote).',
  check: (view) => {
    const policy = view.settings.footnoteRepeat;
    const markers = placedMarkers(view);
    const citationOf = (id: string) => view.footnotes.bodies.get(id)?.citation;
    const preambleFirsts = markers.filter((m) => m.occurrence === 0 && m.kind === 'pp');
    return markers.flatMap((marker) => {
      if (marker.kind !== 'op' && marker.kind !== 'sub') return [];
      const citation = citationOf(marker.footnoteId);
      if (!citation) return [];
      const reused = marker.occurrence > 0;
      const duplicates =
        !reused &&
        preambleFirsts.some((m) => {
          const earlier = citationOf(m.footnoteId);
          return m.footnoteId !== marker.footnoteId && earlier !== undefined && identical(earlier, citation);
        });
      if (policy === 'new-footnote' && reused) {
        return [{ paragraphId: marker.holder, range: markerFix(marker, null).range, message: `Under the “new footnote” policy the operative mention takes its own footnote, not footnote ${marker.number} again.` }];
      }
      if (policy === 'none' && duplicates) {
        return [{ paragraphId: marker.holder, ...markerFix(marker, null), message: `Under the “none” policy an instrument footnoted in the preamble takes no new note in the operative part.` }];
      }
      if (policy === 'same-number' && duplicates) {
        return [{ paragraphId: marker.holder, range: markerFix(marker, null).range, message: `Under the “same number” policy the operative mention refers to the preamble’s footnote again.` }];
      }
      return [];
    });
  },
};
