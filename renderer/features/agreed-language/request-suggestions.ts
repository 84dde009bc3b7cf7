import { Node, type Editor } from 'slate';
import { ghostText } from '../../../shared/agreed-language/ghost';
import { paragraphText } from '../../../shared/model/text';
import type { BodyParagraph } from '../../../shared/model/types';
import { api } from '../../api';
import { useAppStore } from '../../state/store';
import { caretAtParagraphEnd, draftContext } from './draft-context';
import { useGhostStore } from './ghost-store';

/** Suggestions start once this much is typed: two words are too little to mean anything. */
const MIN_WORDS = 3;
/** Wait for a pause in typing this long before asking. */
export const DEBOUNCE_MS = 120;
const SUGGESTIONS = 5;

let timer: ReturnType<typeof setTimeout> | null = null;
let asked = 0;

/** What the caret's paragraph needs: suggestions for its beginning, or none (already agreed text, too short). */
function wanted(editor: Editor): { id: string; text: string; path: number[] } | null {
  const at = caretAtParagraphEnd(editor);
  if (!at || at.paragraph.source) return null;
  const words = at.text.trim().split(/\s+/).filter(Boolean);
  if (words.length < MIN_WORDS) return null;
  return { id: at.paragraph.id, text: at.text, path: at.path };
}

/**
 * After each edit: asks the corpus (through main's worker) for the agreed paragraphs that begin like the
 * one being typed, after a short pause; answers for a text that changed meanwhile are dropped.
 */
export function scheduleSuggestions(editor: Editor, typed: boolean): void {
  const ghost = useGhostStore.getState();
  const want = wanted(editor);
  if (!want || (want.id === ghost.dismissed && !typed)) {
    if (ghost.paragraphId) {
      ghost.clear();
      useAppStore.getState().bumpDecorations();
    }
    return;
  }
  if (!typed) return;
  if (timer) clearTimeout(timer);
  const ticket = ++asked;
  timer = setTimeout(() => {
    const context = draftContext(editor, want.path);
    void api.searchCorpus({ text: want.text, k: SUGGESTIONS, mode: 'prefix', context }).then((answer) => {
      if (ticket !== asked || !answer.ok) return;
      const now = wanted(editor);
      if (!now || now.id !== want.id || now.text !== want.text) return;
      const results = answer.value.results.filter((r) => ghostText(want.text, r.text) !== null);
      if (results.length > 0) useGhostStore.getState().show(want.id, want.text, results);
      else useGhostStore.getState().clear();
      useAppStore.getState().bumpDecorations();
    });
  }, DEBOUNCE_MS);
}

/** The text of the paragraph the ghost belongs to, when it is still what the suggestions answered. */
export function ghostParagraphCurrent(editor: Editor): boolean {
  const { paragraphId, typed } = useGhostStore.getState();
  if (!paragraphId) return false;
  const at = caretAtParagraphEnd(editor);
  return at !== null && at.paragraph.id === paragraphId && paragraphText((Node.get(editor, at.path) as BodyParagraph).children) === typed;
}
