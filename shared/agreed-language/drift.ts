import { diffWords } from 'diff';

/** One piece of a word diff between adopted text and the draft's current text. */
export interface DriftChange {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** The paragraph's final punctuation (",", ";", ".") follows its place in the draft, not its wording. */
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/[,;.:]$/, '');

/** True when the paragraph's wording departs from the agreed text it was inserted from ("modified agreed language"). */
export const isModified = (source: string, current: string): boolean => normalize(source) !== normalize(current);

/** Word diff from the agreed source to the current text (deleted words come first, then inserted ones). */
export function wordDiff(source: string, current: string): DriftChange[] {
  return diffWords(source, current).map((part) => ({
    op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
    text: part.value,
  }));
}
