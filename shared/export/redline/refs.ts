import type { Descendant } from 'slate';
import { footnoteNumbers } from '../../footnotes/numbers';
import type { Revision } from '../../model/types';
import type { TrackedRef } from '../docx/runs';

export const OLD_NOTE = 'old:';
export const oldIdOf = (id: string): string | null => (id.startsWith(OLD_NOTE) ? id.slice(OLD_NOTE.length) : null);

type Change = { ins?: Revision; del?: Revision };

/** Makes the merged value's footnote markers, in document order. */
export interface RefNamer {
  /** a marker of the new text, plain or inserted */
  newRef: (footnoteId: string, change?: Change) => TrackedRef;
  /** an old and a new marker of paired notes standing together: one plain marker */
  keptRef: (oldId: string, newId: string) => TrackedRef;
  /**
   * Whether the two markers can be that one marker: both first citations of their note, or both repeats
   * of the same kept note with the same number. Otherwise one view would gain or lose a footnote.
   */
  canKeep: (oldId: string, newId: string) => boolean;
  /** a deleted marker of the old text */
  oldRef: (footnoteId: string, change: Change) => TrackedRef;
}

/**
 * Word has one reference per footnote. A deleted old marker gets a note of its own (the old note, deleted
 * with it), unless the old text already cited that note above (a repeated number): then it repeats the
 * note its first marker became and prints the old number, as the old text printed it.
 */
export function refNamer(old: readonly Descendant[], fresh: readonly Descendant[]): RefNamer {
  const oldNumbers = footnoteNumbers(old);
  const newNumbers = footnoteNumbers(fresh);
  const firstUse = new Map<string, string>();
  const newSeen = new Set<string>();
  const make = (footnoteId: string, change: Change, label: number | undefined): TrackedRef => ({
    type: 'footnote-ref',
    footnoteId,
    children: [{ text: '' }],
    ...change,
    ...(label === undefined ? {} : { label: String(label) }),
  });
  return {
    newRef: (id, change = {}) => {
      newSeen.add(id);
      return make(id, change, newNumbers.get(id));
    },
    keptRef: (oldId, newId) => {
      if (!firstUse.has(oldId)) firstUse.set(oldId, newId);
      newSeen.add(newId);
      return make(newId, {}, newNumbers.get(newId));
    },
    canKeep: (oldId, newId) => {
      const oldRepeat = firstUse.has(oldId);
      if (oldRepeat !== newSeen.has(newId)) return false;
      return !oldRepeat || (firstUse.get(oldId) === newId && oldNumbers.get(oldId) === newNumbers.get(newId));
    },
    oldRef: (id, change) => {
      const used = firstUse.get(id) ?? `${OLD_NOTE}${id}`;
      firstUse.set(id, used);
      return make(used, change, oldNumbers.get(id));
    },
  };
}
