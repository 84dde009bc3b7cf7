import { useSyncExternalStore } from 'react';
import type { Descendant, Editor } from 'slate';
import type { PenholderFile } from '../../shared/model/file-schema';
import { makeFile } from '../../shared/model/read-file';
import { newDocumentValue, templateById, type TemplateId } from '../../shared/model/templates';
import { createResolutionEditor, loadDocument } from '../editor/create-editor';
import { useAppStore } from '../state/store';

/**
 * The open document: one editor per document (a fresh undo history each), remounted under a new key.
 * The body lives in the editor; the rest of the file (settings, revisions …) in the store's file slice.
 */
export interface Session {
  id: number;
  editor: Editor;
  initialValue: Descendant[];
}

let current: Session | null = null;
let counter = 0;
const listeners = new Set<() => void>();

/** Opens `file` as the current document (from disk, an import, a recovery or a template). */
export function startSession(file: PenholderFile, path: string | null, dirty = false): Session {
  const editor = createResolutionEditor();
  loadDocument(editor, file.body);
  const { body: _body, ...meta } = file;
  current = { id: (counter += 1), editor, initialValue: editor.children };
  useAppStore.getState().documentLoaded(path, meta, dirty);
  for (const listener of listeners) listener();
  return current;
}

/** A new untitled document from a template (organ, adopting body, header). */
export function startFromTemplate(id: TemplateId): Session {
  const template = templateById(id);
  const file = makeFile(newDocumentValue(id));
  return startSession({ ...file, settings: { ...file.settings, ruleSet: template.ruleSet } }, null);
}

/** The open document; main.tsx starts one before the first render. */
export function currentSession(): Session {
  if (!current) throw new Error('no document is open');
  return current;
}

/** The whole file as it would be saved now: the editor's body plus the store's file metadata. */
export function currentFile(editor: Editor = currentSession().editor): PenholderFile {
  return { ...useAppStore.getState().meta, body: editor.children };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useSession = (): Session => useSyncExternalStore(subscribe, currentSession);
