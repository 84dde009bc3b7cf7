import { CANCELLED } from '../../shared/ipc/contract';
import { api } from '../api';
import { useAppStore } from '../state/store';
import { confirmDiscard } from './confirm-discard';
import { startSession } from './session';

/** Opens a document; without a path main shows its file dialog (desktop). Errors are main's clear message. */
export async function openDocument(path?: string): Promise<boolean> {
  if (!confirmDiscard('Open another document')) return false;
  const result = await api.openDocument(path === undefined ? {} : { path });
  const store = useAppStore.getState();
  if (!result.ok) {
    if (result.error === CANCELLED) return false;
    store.openDialog({ kind: 'message', title: 'The document could not be opened', text: result.error });
    return false;
  }
  startSession(result.value.file, result.value.path);
  const migrated = result.value.migratedFrom;
  store.setStatus({
    kind: 'info',
    text: migrated === null ? `Opened ${result.value.path}` : `Opened ${result.value.path} (upgraded from format ${migrated}; saving writes the new format)`,
  });
  return true;
}
