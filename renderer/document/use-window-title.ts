import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { api } from '../api';
import { useAppStore } from '../state/store';
import { fileName, windowTitle } from './file-names';

/** The dirty marker in the title; main gets the name and the flag (its close check needs the flag). */
export function useWindowTitle(): void {
  const { path, dirty } = useAppStore(useShallow((s) => ({ path: s.path, dirty: s.dirty })));
  useEffect(() => {
    document.title = windowTitle(path, dirty);
    void api.setWindowState({ title: fileName(path), dirty });
  }, [path, dirty]);
}
