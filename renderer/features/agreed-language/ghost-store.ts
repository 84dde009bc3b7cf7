import { create } from 'zustand';
import type { ScoredPassage } from '../../../shared/agreed-language/passage';

/**
 * Suggestions for the paragraph being typed. Kept apart from the app store: it changes with every
 * keystroke and only the ghost text, its list and its keys read it.
 */
interface GhostState {
  /** the paragraph the suggestions are for, and the text they answer */
  paragraphId: string | null;
  typed: string;
  results: ScoredPassage[];
  /** the suggestion Tab would accept */
  selected: number;
  /** the paragraph whose suggestions the delegate waved away (Escape), until its text changes */
  dismissed: string | null;
  show: (paragraphId: string, typed: string, results: ScoredPassage[]) => void;
  clear: () => void;
  move: (delta: number) => void;
  dismiss: () => void;
}

export const useGhostStore = create<GhostState>()((set, get) => ({
  paragraphId: null,
  typed: '',
  results: [],
  selected: 0,
  dismissed: null,
  show: (paragraphId, typed, results) => set({ paragraphId, typed, results, selected: 0, dismissed: null }),
  clear: () => {
    if (get().paragraphId !== null) set({ paragraphId: null, typed: '', results: [], selected: 0 });
  },
  move: (delta) => {
    const { results, selected } = get();
    if (results.length > 0) set({ selected: (selected + delta + results.length) % results.length });
  },
  dismiss: () => set((s) => ({ dismissed: s.paragraphId, paragraphId: null, results: [], selected: 0 })),
}));

/** The suggestion Tab would accept, or null. */
export const selectedSuggestion = (): ScoredPassage | null => {
  const { results, selected, paragraphId } = useGhostStore.getState();
  return paragraphId ? (results[selected] ?? null) : null;
};
