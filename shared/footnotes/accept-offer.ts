import { Editor, Element, Range, Transforms, type Path } from 'slate';
import { paragraphText } from '../model/text';
import type { BodyParagraph } from '../model/types';
import { insertFootnote, insertFootnoteRef } from './insert';
import type { FootnoteOffer } from './offer';
import { pointAtOffset } from './text-point';

/** The path of the paragraph with this id, anywhere in the value (embedded resolutions included). */
export function paragraphPath(editor: Editor, id: string): Path | null {
  for (const [, path] of Editor.nodes(editor, { at: [], match: (n) => Element.isElement(n) && 'id' in n && n.id === id })) return path;
  return null;
}

/**
 * Accepts an offer: the footnote (or the repeated marker) goes where the offer said; a caret standing
 * there moves past the marker so that typing goes on after it.
 */
export function acceptOffer(editor: Editor, offer: FootnoteOffer): boolean {
  const path = paragraphPath(editor, offer.paragraphId);
  if (!path) return false;
  const before = Editor.node(editor, path)[0] as BodyParagraph;
  const caretAtMarker = (() => {
    const sel = editor.selection;
    if (!sel || !Range.isCollapsed(sel)) return false;
    const point = pointAtOffset(before.children, path, offer.at);
    const after = pointAtOffset(before.children, path, offer.at, true);
    return [point, after].some((p) => p && Range.includes(sel, p));
  })();
  const done =
    offer.mode === 'reuse' && offer.footnoteId
      ? insertFootnoteRef(editor, path, offer.at, offer.footnoteId)
      : insertFootnote(editor, path, offer.at, offer.citation) !== null;
  if (!done) return false;
  if (caretAtMarker) {
    const paragraph = Editor.node(editor, path)[0] as BodyParagraph;
    const point = pointAtOffset(paragraph.children, path, Math.min(offer.at, paragraphText(paragraph.children).length), true);
    if (point) Transforms.select(editor, point);
  }
  return true;
}
