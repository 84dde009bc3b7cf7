import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export interface EditorViewSlice {
  /**
   * Bumped by features whose decorations depend on more than the node (lint results, a diff base): a new
   * value gives the editor a new decorate function, so Slate decorates every paragraph again.
   */
  decorationsVersion: number;
  bumpDecorations: () => void;
}

export const createEditorViewSlice: StateCreator<AppState, [], [], EditorViewSlice> = (set) => ({
  decorationsVersion: 0,
  bumpDecorations: () => set((s) => ({ decorationsVersion: s.decorationsVersion + 1 })),
});
