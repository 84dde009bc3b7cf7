import { create } from 'zustand';

/** Paragraphs whose word diff against their agreed source is open (shown on demand). */
interface DriftState {
  open: string[];
  toggle: (id: string) => void;
}

export const useDriftStore = create<DriftState>()((set) => ({
  open: [],
  toggle: (id) => set((s) => ({ open: s.open.includes(id) ? s.open.filter((x) => x !== id) : [...s.open, id] })),
}));
