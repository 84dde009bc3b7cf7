import { CANCELLED, type Req } from '../../shared/ipc/contract';
import { api } from '../api';
import { useAppStore } from '../state/store';
import { confirmDiscard } from './confirm-discard';
import { startSession } from './session';

/**
 * Imports a document (text/markdown conversion, Akoma Ntoso, .docx) as a new, unsaved document and shows
 * what was recognized. Main or the server does the reading; bad input comes back as a clear error.
 */
export async function importDocument(req: Req<'importFile'>): Promise<boolean> {
  if (!confirmDiscard('Import a document')) return false;
  const result = await api.importFile(req);
  const store = useAppStore.getState();
  if (!result.ok) {
    if (result.error !== CANCELLED) store.openDialog({ kind: 'message', title: 'The file could not be imported', text: result.error });
    return false;
  }
  startSession(result.value.file, null, true);
  store.openDialog({ kind: 'importReport', name: result.value.name, report: result.value.report });
  return true;
}

/** A dropped or picked file, sent as base64 (browser mode has no paths). */
export async function importBrowserFile(file: File): Promise<boolean> {
  const dataBase64 = await readBase64(file);
  return importDocument({ name: file.name, dataBase64 });
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.readAsDataURL(file);
  });
}

/** Browser mode's File → Import…: a one-off file picker. */
export function pickFileToImport(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.txt,.md,.xml,.akn,.docx,.json';
  input.onchange = () => {
    const file = input.files?.[0];
    if (file) void importBrowserFile(file);
  };
  input.click();
}
