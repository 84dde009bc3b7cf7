import { Editor, type Path } from 'slate';
import { ReactEditor } from 'slate-react';
import { applyAgreedText, insertAgreedParagraph } from '../../../shared/agreed-language/apply-agreed';
import type { Passage } from '../../../shared/agreed-language/passage';
import { ResolutionElement } from '../../../shared/model/guards';
import { paragraphText } from '../../../shared/model/text';
import { focusParagraph } from '../../../shared/model/transforms/paragraphs';
import { useAppStore } from '../../state/store';
import { ghostParagraphCurrent } from './request-suggestions';
import { selectedSuggestion, useGhostStore } from './ghost-store';

const refocus = (editor: Editor) => {
  if (!ReactEditor.isFocused(editor)) ReactEditor.focus(editor);
  useAppStore.getState().bumpDecorations();
};

/** Tab: the selected suggestion replaces what was typed, with its provenance. False when none is showing. */
export function acceptSuggestion(editor: Editor, passage: Passage | null = selectedSuggestion()): boolean {
  const { paragraphId } = useGhostStore.getState();
  if (!passage || !paragraphId || !ghostParagraphCurrent(editor)) return false;
  const [entry] = Editor.nodes(editor, { at: [], match: (n) => ResolutionElement.isParagraph(n) && n.id === paragraphId });
  if (!entry) return false;
  applyAgreedText(editor, entry[1], passage);
  useGhostStore.getState().clear();
  refocus(editor);
  return true;
}

/**
 * One-click insert from the search panel: fills the caret's paragraph when it is empty, else adds a new
 * paragraph after it (at the end of the document when there is no caret).
 */
export function insertPassage(editor: Editor, passage: Passage): void {
  const focus = focusParagraph(editor);
  if (focus && paragraphText(focus[0].children).trim() === '') applyAgreedText(editor, focus[1], passage);
  else {
    const last = [...Editor.nodes(editor, { at: [], match: ResolutionElement.isParagraph })].pop();
    const after: Path | undefined = focus?.[1] ?? last?.[1];
    if (!after) return;
    insertAgreedParagraph(editor, after, passage);
  }
  refocus(editor);
}

/** "Use this text" in Find agreed language: the paragraph at `id` takes the agreed text and its source. */
export function replaceWithPassage(editor: Editor, id: string, passage: Passage): void {
  const [entry] = Editor.nodes(editor, { at: [], match: (n) => ResolutionElement.isParagraph(n) && n.id === id });
  if (!entry) return;
  applyAgreedText(editor, entry[1], passage);
  refocus(editor);
}
