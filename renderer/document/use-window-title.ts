import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { api } from '../api';
import { useAppStore } from '../state/store';

export const fileName = (path: string | null): string => (path === null ? 'Untitled' : (path.split(/[\\/]/).pop() ?? path));

/** "draft.penholder.json • — Penholder": the dirty marker in the title, told to main for its close check. */
export function useWindowTitle(): void {
  const { path, dirty } = useAppStore(useShallow((s) => ({ path: s.path, dirty: s.dirty })));
  useEffect(() => {
    const title = `${fileName(path)}${dirty ? ' •' : ''} — Penholder`;
    document.title = title;
    void api.setWindowState({ title, dirty });
  }, [path, dirty]);
}
