import type { Editor } from 'slate';
import { CANCELLED } from '../../shared/ipc/contract';
import { api } from '../api';
import { useAppStore } from '../state/store';
import { currentFile } from './session';

/**
 * Saves the document: to its path, or (no path yet) through Save As. The file is computed from the editor
 * at this moment; nothing of the body is kept elsewhere.
 */
export async function saveDocument(editor: Editor, path = useAppStore.getState().path): Promise<boolean> {
  const store = useAppStore.getState();
  if (path === null) {
    if (api.mode === 'browser') {
      store.openDialog({ kind: 'saveAs' });
      return false;
    }
  }
  const editsAtSave = store.editCount;
  const result = await api.saveDocument(path === null ? { file: currentFile(editor) } : { path, file: currentFile(editor) });
  if (!result.ok) {
    if (result.error !== CANCELLED) store.openDialog({ kind: 'message', title: 'The document was not saved', text: result.error });
    return false;
  }
  // edits made while the save was under way keep the document dirty
  if (useAppStore.getState().editCount === editsAtSave) store.markSaved(result.value.path);
  else useAppStore.setState({ path: result.value.path });
  store.setStatus({ kind: 'info', text: `Saved ${result.value.path}` });
  void api.discardRecovery({});
  return true;
}

/** Save As: desktop asks main for a path (native dialog); browser mode asks for a name in the documents folder. */
export async function saveDocumentAs(editor: Editor): Promise<boolean> {
  if (api.mode === 'browser') {
    useAppStore.getState().openDialog({ kind: 'saveAs' });
    return false;
  }
  const result = await api.saveDocument({ file: currentFile(editor) });
  const store = useAppStore.getState();
  if (!result.ok) {
    if (result.error !== CANCELLED) store.openDialog({ kind: 'message', title: 'The document was not saved', text: result.error });
    return false;
  }
  store.markSaved(result.value.path);
  store.setStatus({ kind: 'info', text: `Saved ${result.value.path}` });
  return true;
}
