import { create } from 'zustand';
import { createDialogsSlice, type DialogsSlice } from './slices/dialogs';
import { createEditorViewSlice, type EditorViewSlice } from './slices/editor-view';
import { createFileSlice, type FileSlice } from './slices/file';
import { createPanelsSlice, type PanelsSlice } from './slices/panels';
import { createPrefsSlice, type PrefsSlice } from './slices/prefs';

/**
 * App state only: file status, panels, dialogs, preferences. The document itself stays in the Slate
 * editor; select primitives here, or use useShallow for objects (zustand 5 loops on fresh objects).
 */
export type AppState = FileSlice & PanelsSlice & PrefsSlice & DialogsSlice & EditorViewSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createFileSlice(...a),
  ...createPanelsSlice(...a),
  ...createPrefsSlice(...a),
  ...createDialogsSlice(...a),
  ...createEditorViewSlice(...a),
}));
