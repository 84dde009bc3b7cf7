import { create } from 'zustand';

/** Which footnote's citation form is open in the pane; Insert → Footnote opens the new one's. */
interface EditingState {
  editing: string | null;
  setEditing: (id: string | null) => void;
}

export const useEditingStore = create<EditingState>()((set) => ({ editing: null, setEditing: (editing) => set({ editing }) }));
