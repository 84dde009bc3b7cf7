import type { Descendant } from 'slate';
import { makeFootnoteList } from '../model/factories';
import { ResolutionElement } from '../model/guards';
import type { DocumentSettings } from '../model/settings';
import type { Revision } from '../model/types';
import { compareValues } from '../revisions/compare';
import { acceptAll } from '../revisions/tracked-changes';
import type { ExportDocument } from './export-document';
import { mergeNotes } from './redline/merge-notes';
import { refNamer } from './redline/refs';
import { mergeValues } from './redline/merge-value';
import { numberIntoTitle } from './redline/title-number';

export interface RedlineOptions {
  /** the delegation or person named as author of every change (preferences) */
  author: string;
  /** ISO date-time stamped on every change */
  date: string;
}

/**
 * The redline (un-format.md §8.4): the current text as tracked changes against a base (a named revision,
 * an imported .docx, an adopted resolution). Pairing and word diff come from the compare engine; tracked
 * changes already in either value are accepted first, so the redline shows base → current only.
 */
export function redlineDocument(
  base: readonly Descendant[],
  current: readonly Descendant[],
  settings: DocumentSettings,
  options: RedlineOptions,
): ExportDocument {
  const old = numberIntoTitle(acceptAll(base));
  const fresh = numberIntoTitle(acceptAll(current));
  const cmp = compareValues(old, fresh);
  let n = 0;
  const footnotePairs = new Map(cmp.footnotes.pairs.map((p) => [p.aId, p.bId]));
  const ctx = {
    ...refNamer(old, fresh),
    revision: (): Revision => ({ id: `redline-${(n += 1)}`, author: options.author, date: options.date }),
    footnotePairs,
  };
  const merged = mergeValues(old, fresh, cmp, ctx).filter((n) => !ResolutionElement.isFootnoteList(n));
  const notes = mergeNotes(old, fresh, merged, cmp.footnotes, settings, ctx);
  return { value: [...merged, makeFootnoteList(notes.footnotes)], settings, noteRuns: notes.runs };
}
