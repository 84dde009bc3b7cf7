import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { acceptOffer } from '../../../shared/footnotes/accept-offer';
import { useAppStore } from '../../state/store';
import { useOfferStore } from './offer-store';

export const FOOTNOTES_PANEL = 'footnotes';

/** Accepts the offer showing at the caret: the footnote goes in, the pane shows its text. */
export function acceptCurrentOffer(editor: Editor): boolean {
  const { offer, setOffer } = useOfferStore.getState();
  if (!offer || !acceptOffer(editor, offer)) return false;
  setOffer(null);
  useAppStore.getState().showPanel(FOOTNOTES_PANEL);
  useAppStore.getState().bumpDecorations();
  if (!ReactEditor.isFocused(editor)) ReactEditor.focus(editor);
  return true;
}
