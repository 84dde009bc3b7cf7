import type { Citation } from '../../model/citation';
import type { DocumentRule } from '../rule';
import { markerFix, placedMarkers } from '../view/markers';
import { footnoteInputs } from '../view/footnote-inputs';

/** A comparison key for identical citations ("See" aside), as shared/citations/same-work.ts identical() decides. */
let unique = 0;
const keys = new WeakMap<Citation, string>();
const keyOf = (c: Citation): string => {
  const hit = keys.get(c);
  if (hit) return hit;
  const { see: _see, ...rest } = c as Citation & { see?: boolean };
  // free text is never identical to anything (an explanatory note is not a citation)
  const key = c.kind === 'text' ? `text:${(unique += 1)}` : JSON.stringify(rest, Object.keys(rest).sort());
  keys.set(c, key);
  return key;
};

/** Placements that depart from the document's repeat policy (un-format.md §5.1). */
export const footnoteRepeat: DocumentRule = {
  type: 'document',
  id: 'footnote-repeat',
  severity: 'info',
  organs: 'all',
  scope: 'resolution',
  description: 'Footnotes on a repeated instrument follow the document’s repeat policy (none, same number, new footnote).',
  inputs: footnoteInputs,
  check: (view) => {
    const policy = view.settings.footnoteRepeat;
    const markers = placedMarkers(view);
    const citationOf = (id: string) => view.footnotes.bodies.get(id)?.citation;
    const preamble = new Map<string, string>();
    for (const m of markers) {
      const c = citationOf(m.footnoteId);
      if (m.occurrence === 0 && m.kind === 'pp' && c) preamble.set(keyOf(c), m.footnoteId);
    }
    return markers.flatMap((marker) => {
      if (marker.kind !== 'op' && marker.kind !== 'sub') return [];
      const citation = citationOf(marker.footnoteId);
      if (!citation) return [];
      const reused = marker.occurrence > 0;
      const twin = preamble.get(keyOf(citation));
      const duplicates = !reused && twin !== undefined && twin !== marker.footnoteId;
      const range = markerFix(marker, null).range;
      if (policy === 'new-footnote' && reused) {
        return [{ paragraphId: marker.holder, range, message: `Under the “new footnote” policy the operative mention takes its own footnote, not footnote ${marker.number} again.` }];
      }
      if (policy === 'none' && duplicates) {
        return [{ paragraphId: marker.holder, ...markerFix(marker, null), message: 'Under the “none” policy an instrument footnoted in the preamble takes no new note in the operative part.' }];
      }
      if (policy === 'same-number' && duplicates) {
        return [{ paragraphId: marker.holder, range, message: 'Under the “same number” policy the operative mention refers to the preamble’s footnote again.' }];
      }
      return [];
    });
  },
};
