import { useEffect } from 'react';
import type { Editor } from 'slate';
import { handleShortcut } from '../commands/keydown';

/**
 * Shortcuts pressed outside the page (outline, toolbar, header form, nowhere) still reach the registry; the
 * editor's own handler runs first for keys typed in the document and marks them handled.
 */
export function useWindowKeys(editor: Editor): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"]')) return;
      const inEditor = target?.closest('[data-slate-editor]') !== null && target !== null;
      if (handleShortcut(editor, event, { inEditor, inText: false })) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);
}
