import { useAppStore } from '../state/store';

/** Before replacing the document: true when it is saved, or the user agrees to lose the changes. */
export function confirmDiscard(action: string): boolean {
  if (!useAppStore.getState().dirty) return true;
  return window.confirm(`The document has unsaved changes. ${action} anyway and lose them?`);
}
