import { useEffect } from 'react';
import { api } from '../api';
import { useAppStore } from '../state/store';
import { fileName } from './file-names';

/**
 * Closing with unsaved changes asks first. The desktop asks through main (onCloseRequested); a browser tab
 * can only ask through its own beforeunload prompt.
 */
export function useCloseGuard(): void {
  useEffect(() => {
    if (api.mode === 'browser') {
      const guard = (event: BeforeUnloadEvent) => {
        if (!useAppStore.getState().dirty) return;
        event.preventDefault();
        event.returnValue = '';
      };
      window.addEventListener('beforeunload', guard);
      return () => window.removeEventListener('beforeunload', guard);
    }
    return api.onCloseRequested(() => {
      const { dirty, path } = useAppStore.getState();
      if (dirty && !window.confirm('The document has unsaved changes. Close anyway and lose them?')) return;
      useAppStore.setState({ dirty: false });
      void api.setWindowState({ title: fileName(path), dirty: false }).then(() => window.close());
    });
  }, []);
}
