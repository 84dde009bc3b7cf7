import { Editor, Transforms } from 'slate';
import type { InstrumentMatcher } from '../citations/instrument-match';
import { ResolutionElement } from '../model/guards';
import { paragraphPath } from './accept-offer';
import { insertFootnote, insertFootnoteRef } from './insert';
import { footnoteMarkers } from './numbers';
import { repeatDepartures, type FootnoteRepeat, type RepeatDeparture } from './repeat-policy';

/** Applies one departure's fix; the caller goes from the last to the first so earlier paths stay valid. */
export function fixRepeat(editor: Editor, departure: RepeatDeparture): void {
  const { fix, marker } = departure;
  const holderPath = departure.holder === 'title' || departure.holder === 'recommendation'
    ? [editor.children.findIndex((n) => 'type' in n && n.type === departure.holder)]
    : paragraphPath(editor, departure.holder);
  if (!holderPath || holderPath[0] === -1) return;
  if (fix === 'add-new') insertFootnote(editor, holderPath, departure.offset, departure.citation);
  else if (fix === 'add-reuse') insertFootnoteRef(editor, holderPath, departure.offset, departure.footnoteId);
  else if (marker && fix === 'reuse') Transforms.setNodes(editor, { footnoteId: departure.footnoteId }, { at: marker.path });
  else if (marker) {
    Transforms.removeNodes(editor, { at: marker.path });
    if (fix === 'new-footnote') insertFootnote(editor, holderPath, departure.offset, departure.citation);
  }
}

/** Removes footnote bodies no marker refers to any more (after markers were dropped). */
function dropOrphans(editor: Editor, before: Set<string>): void {
  const referenced = new Set(footnoteMarkers(editor.children).map((m) => m.footnoteId));
  const listIndex = editor.children.findIndex(ResolutionElement.isFootnoteList);
  const list = editor.children[listIndex];
  if (!ResolutionElement.isFootnoteList(list)) return;
  for (let i = list.children.length - 1; i >= 0; i -= 1) {
    const id = list.children[i]!.id;
    if (before.has(id) && !referenced.has(id)) Transforms.removeNodes(editor, { at: [listIndex, i] });
  }
}

/**
 * Brings every footnote repeat in line with the policy (the fix-all of `footnote-ref-reused` and
 * `footnote-repeat`); returns how many departures it fixed. Idempotent: a second run finds none.
 */
export function applyRepeatPolicy(editor: Editor, policy: FootnoteRepeat, matcher?: InstrumentMatcher): number {
  const departures = repeatDepartures(editor.children, policy, matcher);
  if (departures.length === 0) return 0;
  const before = new Set(footnoteMarkers(editor.children).map((m) => m.footnoteId));
  Editor.withoutNormalizing(editor, () => {
    for (const departure of [...departures].reverse()) fixRepeat(editor, departure);
    dropOrphans(editor, before);
  });
  return departures.length;
}
