import { useEffect } from 'react';
import type { Editor } from 'slate';
import { api } from '../api';
import { useAppStore } from '../state/store';
import { currentFile } from './session';

export const AUTOSAVE_MS = 4000;

/**
 * Every few seconds, when there are edits not yet written, the whole file goes to the recovery file; after a
 * crash the next start offers it. Saving normally discards it.
 */
export function useAutosave(editor: Editor): void {
  useEffect(() => {
    let written = useAppStore.getState().editCount;
    const timer = window.setInterval(() => {
      const { dirty, editCount, path } = useAppStore.getState();
      if (!dirty || editCount === written) return;
      written = editCount;
      void api.writeRecovery({ path, file: currentFile(editor) });
    }, AUTOSAVE_MS);
    return () => window.clearInterval(timer);
  }, [editor]);
}
