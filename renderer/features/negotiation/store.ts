import { create } from 'zustand';

export type NegotiationTab = 'revisions' | 'compare' | 'changes' | 'proposals' | 'sponsors';

/** What the Revisions and proposals panel shows (view state only; revisions and proposals live in the file). */
interface NegotiationView {
  tab: NegotiationTab;
  /** revision ids to compare; "current" is the text in the editor */
  compareA: string;
  compareB: string;
  /** the "everything still open" filter of the proposals tab */
  openOnly: boolean;
  setTab: (tab: NegotiationTab) => void;
  setCompare: (a: string, b: string) => void;
  setOpenOnly: (openOnly: boolean) => void;
}

export const CURRENT = 'current';

export const useNegotiationView = create<NegotiationView>()((set) => ({
  tab: 'revisions',
  compareA: '',
  compareB: CURRENT,
  openOnly: false,
  setTab: (tab) => set({ tab }),
  setCompare: (compareA, compareB) => set({ compareA, compareB }),
  setOpenOnly: (openOnly) => set({ openOnly }),
}));
