import type { Descendant } from 'slate';
import type { Citation } from '../citations/citation';
import type { InstrumentMatcher } from '../citations/instrument-match';
import type { DocumentSettings } from '../model/settings';
import { paragraphText } from '../model/text';
import { citedWorks, citesEntry, type CitedWork } from './cited';
import type { FootnoteMarker } from './numbers';
import { bodyParagraphs } from './paragraphs';
import { markerOffsetAfter } from './placement';

export type FootnoteRepeat = DocumentSettings['footnoteRepeat'];

/**
 * Where footnote markers depart from the document's repeat policy (un-format.md §5.1), each with its fix:
 * - `drop`: a marker that should not be there (a repeat in the preamble; any operative repeat under `none`;
 *   a second operative repeat);
 * - `new-footnote`: a reused number at the first operative mention under `new-footnote` becomes a footnote of its own;
 * - `reuse`: under `same-number`, the first operative repeat points at the preamble's footnote instead;
 * - `add-new` / `add-reuse`: the first operative mention of a work footnoted in the preamble has no marker
 *   (found with the instrument matcher, when one is given).
 */
export interface RepeatDeparture {
  fix: 'drop' | 'new-footnote' | 'reuse' | 'add-new' | 'add-reuse';
  /** the paragraph holding the marker, or where one should go */
  holder: string;
  offset: number;
  /** the marker concerned (absent for add-*) */
  marker?: FootnoteMarker;
  /** the preamble's footnote of the work */
  footnoteId: string;
  citation: Citation;
}

/** §5.1: import infers `new-footnote` when an operative footnote repeats a preamble footnote's citation, else `none`. */
export function inferFootnoteRepeat(value: readonly Descendant[]): FootnoteRepeat {
  for (const work of citedWorks(value)) {
    const first = work.markers[0]!;
    if (first.part === 'preamble' && work.markers.some((m) => m.part === 'operative' && m.footnoteId !== first.footnoteId)) return 'new-footnote';
  }
  return 'none';
}

function firstOperativeMention(value: readonly Descendant[], work: CitedWork, matcher: InstrumentMatcher) {
  for (const { node } of bodyParagraphs(value)) {
    if (node.type !== 'operative-paragraph') continue;
    const text = paragraphText(node.children);
    const match = matcher.find(text).find((m) => citesEntry(work.citation, m.entry));
    if (match) return { holder: node.id, offset: markerOffsetAfter(text, match.end) };
  }
  return null;
}

function workDepartures(value: readonly Descendant[], work: CitedWork, policy: FootnoteRepeat, matcher?: InstrumentMatcher): RepeatDeparture[] {
  const first = work.markers[0]!;
  const base = { footnoteId: first.footnoteId, citation: work.citation };
  const out: RepeatDeparture[] = [];
  const at = (marker: FootnoteMarker, fix: RepeatDeparture['fix']) => out.push({ ...base, fix, holder: marker.holder, offset: marker.offset, marker });
  for (const marker of work.markers.slice(1)) if (marker.part !== 'operative' && marker.footnoteId === first.footnoteId) at(marker, 'drop');
  if (first.part !== 'preamble') return out;
  const operative = work.markers.filter((m) => m.part === 'operative');
  for (const marker of operative.slice(1)) at(marker, 'drop');
  const repeat = operative[0];
  if (repeat) {
    if (policy === 'none') at(repeat, 'drop');
    else if (policy === 'new-footnote' && repeat.footnoteId === first.footnoteId) at(repeat, 'new-footnote');
    else if (policy === 'same-number' && repeat.footnoteId !== first.footnoteId) at(repeat, 'reuse');
  } else if (policy !== 'none' && matcher) {
    const mention = firstOperativeMention(value, work, matcher);
    if (mention) out.push({ ...base, fix: policy === 'new-footnote' ? 'add-new' : 'add-reuse', ...mention });
  }
  return out;
}

/** Every departure, in document order of where it stands. */
export function repeatDepartures(value: readonly Descendant[], policy: FootnoteRepeat, matcher?: InstrumentMatcher): RepeatDeparture[] {
  // the title and the recommendation chapeau come before the body
  const order = new Map<string, number>([['title', -2], ['recommendation', -1]]);
  bodyParagraphs(value).forEach(({ node }, i) => order.set(node.id, i));
  const rank = (d: RepeatDeparture) => (order.get(d.holder) ?? 0) * 1e6 + d.offset;
  return citedWorks(value)
    .flatMap((work) => workDepartures(value, work, policy, matcher))
    .sort((a, b) => rank(a) - rank(b));
}
