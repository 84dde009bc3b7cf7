import type { Editor } from 'slate';
import { useAppStore } from '../../state/store';
import { acceptSuggestion } from './accept';
import { useGhostStore } from './ghost-store';

/**
 * Tab accepts the suggestion, Alt+↓/↑ picks another, Escape waves them away. Taken in the capture phase,
 * before the editor's own keys, and only while suggestions show (Tab otherwise demotes as usual).
 */
export function ghostKeyHandler(activeEditor: () => Editor | null): (event: KeyboardEvent) => void {
  return (event) => {
    const editor = activeEditor();
    const ghost = useGhostStore.getState();
    if (!editor || !ghost.paragraphId || ghost.results.length === 0) return;
    if (!(event.target instanceof Element) || !event.target.closest('[data-slate-editor]')) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.shiftKey;
    let taken = false;
    if (event.key === 'Tab' && plain && !event.altKey) taken = acceptSuggestion(editor);
    else if (event.key === 'Escape') {
      ghost.dismiss();
      taken = true;
    } else if (event.altKey && plain && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      ghost.move(event.key === 'ArrowDown' ? 1 : -1);
      taken = true;
    }
    if (!taken) return;
    event.preventDefault();
    event.stopPropagation();
    useAppStore.getState().bumpDecorations();
  };
}
