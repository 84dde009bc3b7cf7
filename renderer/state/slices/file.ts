import type { StateCreator } from 'zustand';
import type { PenholderFile } from '../../../shared/model/file-schema';
import { makeFile } from '../../../shared/model/read-file';
import type { AppState } from '../store';

/** Everything of the file except its body, which lives in the Slate editor. */
export type FileMeta = Omit<PenholderFile, 'body'>;

export interface StatusMessage {
  kind: 'info' | 'error';
  text: string;
}

export interface FileSlice {
  /** null for a document never saved */
  path: string | null;
  dirty: boolean;
  /** bumped by every edit; autosave compares it with what it last wrote */
  editCount: number;
  meta: FileMeta;
  status: StatusMessage | null;
  documentLoaded: (path: string | null, meta: FileMeta, dirty: boolean) => void;
  markDirty: () => void;
  markSaved: (path: string) => void;
  setMeta: (change: Partial<FileMeta>) => void;
  setStatus: (status: StatusMessage | null) => void;
}

const emptyMeta = (): FileMeta => {
  const { body: _body, ...meta } = makeFile([]);
  return meta;
};

export const createFileSlice: StateCreator<AppState, [], [], FileSlice> = (set) => ({
  path: null,
  dirty: false,
  editCount: 0,
  meta: emptyMeta(),
  status: null,
  documentLoaded: (path, meta, dirty) => set((s) => ({ path, meta, dirty, editCount: s.editCount + 1 })),
  markDirty: () => set((s) => ({ dirty: true, editCount: s.editCount + 1 })),
  markSaved: (path) => set({ path, dirty: false }),
  setMeta: (change) => set((s) => ({ meta: { ...s.meta, ...change }, dirty: true, editCount: s.editCount + 1 })),
  setStatus: (status) => set({ status }),
});
