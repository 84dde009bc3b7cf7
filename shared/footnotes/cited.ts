import type { Descendant } from 'slate';
import type { Citation } from '../citations/citation';
import { identical } from '../citations/same-work';
import type { TreatyEntry } from '../citations/treaty-table';
import { footnoteBodies, footnoteMarkers, type FootnoteMarker } from './numbers';

/** A footnoted work and every marker that points at a footnote citing it. */
export interface CitedWork {
  citation: Citation;
  markers: FootnoteMarker[];
}

/** True when a footnote's citation is the entry's (or one of its other valid citations, by era). */
export const citesEntry = (citation: Citation, entry: TreatyEntry): boolean =>
  [entry.citation, ...(entry.alternatives ?? [])].some((c) => c !== null && identical(c, citation));

/** The works the document footnotes, in order of first marker; free-text notes are left out. */
export function citedWorks(value: readonly Descendant[]): CitedWork[] {
  const bodies = footnoteBodies(value);
  const works: CitedWork[] = [];
  for (const marker of footnoteMarkers(value)) {
    const citation = bodies.get(marker.footnoteId)?.citation;
    if (!citation || citation.kind === 'text') continue;
    const work = works.find((w) => identical(w.citation, citation));
    if (work) work.markers.push(marker);
    else works.push({ citation, markers: [marker] });
  }
  return works;
}
