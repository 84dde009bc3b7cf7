import { useMemo, useRef } from 'react';
import { Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor, useSlateStatic } from 'slate-react';
import type { Header, HeaderFields, Sponsor } from '../../../../shared/model/types';

export interface HeaderEdit {
  setField: (key: keyof HeaderFields, value: string) => void;
  setSponsors: (sponsors: Sponsor[]) => void;
  setSponsorLabel: (label: Header['sponsorLabel']) => void;
}

/**
 * Header edits go through Transforms.setNodes, so they share the document's undo history. Keystrokes in
 * one field merge into one undo step, as typing in the body does.
 */
export function useHeaderEdit(element: Header): HeaderEdit {
  const editor = useSlateStatic();
  const last = useRef<{ key: string; batch: unknown } | null>(null);
  return useMemo(() => {
    const set = (change: Partial<Header>, key: string) => {
      const at = ReactEditor.findPath(editor, element);
      const top = editor.history.undos[editor.history.undos.length - 1];
      const apply = () => Transforms.setNodes<Header>(editor, change, { at });
      if (last.current?.key === key && last.current.batch === top) HistoryEditor.withMerging(editor, apply);
      else HistoryEditor.withNewBatch(editor, apply);
      last.current = { key, batch: editor.history.undos[editor.history.undos.length - 1] };
    };
    return {
      setField: (key, value) => set({ fields: { ...element.fields, [key]: value === '' ? null : value } }, `field:${key}`),
      setSponsors: (sponsors) => set({ sponsors }, 'sponsors'),
      setSponsorLabel: (sponsorLabel) => set({ sponsorLabel }, 'sponsorLabel'),
    };
  }, [editor, element]);
}
