import type { StateCreator } from 'zustand';
import type { ImportReport, Ok } from '../../../shared/ipc/contract';
import type { AppState } from '../store';

/** The one modal dialog shown at a time. */
export type Dialog =
  | { kind: 'new' }
  | { kind: 'open' }
  | { kind: 'saveAs' }
  | { kind: 'export' }
  | { kind: 'importReport'; name: string; report: ImportReport }
  | { kind: 'recovery'; recovery: NonNullable<Ok<'takeRecovery'>['recovery']> }
  | { kind: 'message'; title: string; text: string };

export interface DialogsSlice {
  dialog: Dialog | null;
  paletteOpen: boolean;
  openDialog: (dialog: Dialog) => void;
  closeDialog: () => void;
  setPaletteOpen: (open: boolean) => void;
}

export const createDialogsSlice: StateCreator<AppState, [], [], DialogsSlice> = (set) => ({
  dialog: null,
  paletteOpen: false,
  openDialog: (dialog) => set({ dialog, paletteOpen: false }),
  closeDialog: () => set({ dialog: null }),
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
});
