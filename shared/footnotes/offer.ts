import { Editor } from 'slate';
import type { Citation } from '../citations/citation';
import type { InstrumentMatcher } from '../citations/instrument-match';
import type { TreatyEntry } from '../citations/treaty-table';
import { ResolutionElement } from '../model/guards';
import type { DocumentSettings } from '../model/settings';
import { paragraphText } from '../model/text';
import type { BodyParagraph } from '../model/types';
import { citedWorks, citesEntry } from './cited';
import { markerOffsetAfter } from './placement';
import { offsetAtPoint } from './text-point';

/** "Footnote the Convention on the Rights of the Child?": what the editor offers right after a known name. */
export interface FootnoteOffer {
  paragraphId: string;
  entry: TreatyEntry;
  /** the name's range in the paragraph text */
  start: number;
  end: number;
  /** where the marker goes: after the following punctuation (§5.2) */
  at: number;
  citation: Citation;
  /** a new footnote, or (under same-number) another marker for an existing one */
  mode: 'new' | 'reuse';
  footnoteId?: string;
}

/** Between the name and the caret only spaces and punctuation: the delegate has just typed or pasted it. */
const JUST_TYPED = /^[\s,;:.”’"')\]]*$/;

/**
 * The offer at the caret, or null. Repeats follow the document's policy (§5.1): a work already footnoted
 * is never offered again in the preamble; in the operative part only at its first mention there, as a new
 * footnote under `new-footnote` or the same number under `same-number`, and not at all under `none`.
 */
export function footnoteOffer(
  editor: Editor,
  matcher: InstrumentMatcher,
  settings: Pick<DocumentSettings, 'footnoteRepeat'>,
): FootnoteOffer | null {
  const focus = editor.selection?.focus;
  if (!focus || focus.path.length < 2) return null;
  const entry = Editor.above(editor, { at: focus, match: ResolutionElement.isClause, mode: 'lowest' });
  if (!entry) return null;
  const [paragraph, path] = entry as [BodyParagraph, number[]];
  const text = paragraphText(paragraph.children);
  const caret = offsetAtPoint(paragraph.children, path, focus);
  const match = [...matcher.find(text)].reverse().find((m) => m.end <= caret && JUST_TYPED.test(text.slice(m.end, caret)));
  if (!match?.entry.citation || !match.exactCase) return null;
  const at = markerOffsetAfter(text, match.end);
  const works = citedWorks(editor.children);
  const here = works.flatMap((w) => w.markers).filter((m) => m.holder === paragraph.id);
  if (here.some((m) => m.offset >= match.end && m.offset <= at)) return null;
  const base = { paragraphId: paragraph.id, entry: match.entry, start: match.start, end: match.end, at, citation: match.entry.citation };
  const work = works.find((w) => citesEntry(w.citation, match.entry));
  if (!work) return { ...base, mode: 'new' };
  if (paragraph.type !== 'operative-paragraph' || work.markers.some((m) => m.part === 'operative')) return null;
  if (settings.footnoteRepeat === 'new-footnote') return { ...base, citation: work.citation, mode: 'new' };
  if (settings.footnoteRepeat === 'same-number') return { ...base, citation: work.citation, mode: 'reuse', footnoteId: work.markers[0]!.footnoteId };
  return null;
}
