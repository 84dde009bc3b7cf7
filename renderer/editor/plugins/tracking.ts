import type { Editor } from 'slate';
import { useAppStore } from '../../state/store';

/** The name written on tracked changes: the author, else the delegation, from the preferences. */
export function authorName(): string {
  const { author, delegation } = useAppStore.getState().preferences;
  return author.trim() || delegation.trim() || 'Unnamed delegate';
}

/** Who edits are recorded for while Track changes is on (a preference, like Word's), or null when off. */
export function trackingAuthor(_editor: Editor): string | null {
  return useAppStore.getState().preferences.trackChanges ? authorName() : null;
}
