import type { Revision } from '../../model/types';

/**
 * The one allocator of w:id values for w:ins/w:del in a document: body, paragraph marks and footnotes
 * draw from the same counter, because Word requires the ids to be unique across all parts.
 */
export type RevisionIds = () => number;

export const createRevisionIds = (): RevisionIds => {
  let next = 0;
  return () => (next += 1);
};

/** Word's attributes for one tracked change; dates without milliseconds, as Word writes them. */
export const changeAttributes = (ids: RevisionIds, revision: Revision) => ({
  id: ids(),
  author: revision.author || 'Penholder',
  date: wordDate(revision.date),
});

export const wordDate = (iso: string): string => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '1970-01-01T00:00:00Z' : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
};
