import { Editor } from 'slate';
import { insertFootnote } from '../../../shared/footnotes/insert';
import { markerOffsetAfter } from '../../../shared/footnotes/placement';
import { offsetAtPoint } from '../../../shared/footnotes/text-point';
import { ResolutionElement } from '../../../shared/model/guards';
import { paragraphText } from '../../../shared/model/text';
import type { BodyParagraph } from '../../../shared/model/types';
import type { Command } from '../../commands/command';
import { useAppStore } from '../../state/store';
import { acceptCurrentOffer, FOOTNOTES_PANEL } from './accept';
import { useEditingStore } from './editing-store';
import { useOfferStore } from './offer-store';

const paragraphAtCaret = (editor: Editor) =>
  editor.selection ? Editor.above(editor, { at: editor.selection.focus, match: ResolutionElement.isParagraph, mode: 'lowest' }) : undefined;

/**
 * Insert → Footnote: takes the offer when one shows; otherwise adds a footnote at the caret (after the
 * punctuation that follows it) with an empty note, and opens the pane to write its citation.
 */
export const insertFootnoteCommand: Command = {
  id: 'footnote.insert',
  isEnabled: (editor) => useOfferStore.getState().offer !== null || paragraphAtCaret(editor) !== undefined,
  run: (editor) => {
    if (acceptCurrentOffer(editor)) return;
    const entry = paragraphAtCaret(editor);
    if (!entry) return;
    const [paragraph, path] = entry as [BodyParagraph, number[]];
    const at = markerOffsetAfter(paragraphText(paragraph.children), offsetAtPoint(paragraph.children, path, editor.selection!.focus));
    const id = insertFootnote(editor, path, at, { kind: 'text', runs: [{ text: 'New footnote.' }] });
    if (id) {
      useAppStore.getState().showPanel(FOOTNOTES_PANEL);
      useEditingStore.getState().setEditing(id);
    }
  },
};
