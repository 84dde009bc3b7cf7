import { createEditor, Editor, type Descendant } from 'slate';
import { HistoryEditor, withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withResolution } from '../../shared/model/with-resolution';
import './editor-type';
import { rendererPlugins } from './plugins';

/** Top-level blocks per chunk: offscreen chunks skip style, layout and paint (see render-chunk.tsx). */
export const CHUNK_SIZE = 8;

/** The live editor: the headless resolution stack over React and history, then the renderer's plugins. */
export function createResolutionEditor(): Editor {
  const base = withResolution(withHistory(withReact(createEditor())));
  // a long resolution is drawn in chunks, so a keystroke costs the same in a 300- as in a 30-paragraph draft
  base.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  return rendererPlugins.reduce((editor, plugin) => plugin(editor), base);
}

/**
 * Puts a document into a fresh editor and normalizes it once, outside the undo history, so that the first
 * undo never "un-normalizes" a file that was just opened.
 */
export function loadDocument(editor: Editor, body: Descendant[]): void {
  editor.children = body;
  HistoryEditor.withoutSaving(editor, () => Editor.normalize(editor, { force: true }));
  editor.operations = [];
}
