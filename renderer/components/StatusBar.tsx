import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';

/** File path, saved/unsaved, and the last message. */
export function StatusBar() {
  const { path, dirty, status } = useAppStore(useShallow((s) => ({ path: s.path, dirty: s.dirty, status: s.status })));
  return (
    <footer className="statusbar">
      <span className="status-file">{path ?? 'Untitled (not saved yet)'}</span>
      <span className={dirty ? 'status-dirty' : 'status-saved'}>{dirty ? 'Unsaved changes' : 'Saved'}</span>
      {status ? <span className={`status-message ${status.kind}`}>{status.text}</span> : null}
    </footer>
  );
}
