import { create } from 'zustand';
import type { ScoredPassage, SearchFilters } from '../../../shared/agreed-language/passage';

export type Status = 'idle' | 'searching' | 'done' | 'error';

/** The agreed-language panel: a free search with filters, and "Find agreed language" for one paragraph. */
interface PanelState {
  query: string;
  filters: SearchFilters;
  results: ScoredPassage[];
  status: Status;
  error: string;
  /** the paragraph "Find agreed language" ran on, its text then, and what was found */
  find: { paragraphId: string; ref: string; text: string; results: ScoredPassage[]; status: Status; error: string } | null;
  setQuery: (query: string) => void;
  setFilters: (filters: SearchFilters) => void;
  setResults: (status: Status, results: ScoredPassage[], error?: string) => void;
  setFind: (find: PanelState['find']) => void;
}

export const usePanelStore = create<PanelState>()((set) => ({
  query: '',
  filters: {},
  results: [],
  status: 'idle',
  error: '',
  find: null,
  setQuery: (query) => set({ query }),
  setFilters: (filters) => set({ filters }),
  setResults: (status, results, error = '') => set({ status, results, error }),
  setFind: (find) => set({ find }),
}));
