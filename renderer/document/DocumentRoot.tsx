import { useCallback, type ReactNode } from 'react';
import type { Descendant } from 'slate';
import { Slate } from 'slate-react';
import { useAppStore } from '../state/store';
import { DocumentLifecycle } from './DocumentLifecycle';
import { useSession } from './session';

/**
 * Provides the open document's editor to the whole window (toolbar, menus and panels read it through
 * slate-react hooks). A new document is a new editor under a new key: a fresh view and a fresh undo history.
 */
export function DocumentRoot({ children }: { children: ReactNode }) {
  const session = useSession();
  const onChange = useCallback(
    (_value: Descendant[]) => {
      // selection moves change nothing to save
      if (session.editor.operations.some((op) => op.type !== 'set_selection')) useAppStore.getState().markDirty();
    },
    [session],
  );
  return (
    <Slate key={session.id} editor={session.editor} initialValue={session.initialValue} onChange={onChange}>
      <DocumentLifecycle />
      {children}
    </Slate>
  );
}
