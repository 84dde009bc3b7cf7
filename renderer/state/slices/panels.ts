import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export interface PanelsSlice {
  outlineOpen: boolean;
  /** ids of the side panels shown, in the order they were opened */
  openPanels: string[];
  toggleOutline: () => void;
  togglePanel: (id: string) => void;
  showPanel: (id: string) => void;
}

export const createPanelsSlice: StateCreator<AppState, [], [], PanelsSlice> = (set) => ({
  outlineOpen: true,
  openPanels: [],
  toggleOutline: () => set((s) => ({ outlineOpen: !s.outlineOpen })),
  togglePanel: (id) =>
    set((s) => ({ openPanels: s.openPanels.includes(id) ? s.openPanels.filter((p) => p !== id) : [...s.openPanels, id] })),
  showPanel: (id) => set((s) => (s.openPanels.includes(id) ? s : { openPanels: [...s.openPanels, id] })),
});
