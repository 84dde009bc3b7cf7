import type { PenholderFile } from '../model/file-schema';
import { mergeCopy, type MergeConflict } from './merge';

export interface FileMergeResult {
  file: PenholderFile;
  conflicts: MergeConflict[];
  /** the label of the revision both copies share, or null when none was found (two-way merge) */
  baseLabel: string | null;
  merged: string[];
}

/**
 * Merges another delegate's copy of the document into mine. The common base is the latest named revision
 * both files hold (same revision id: the copy came from my file); a copy with no shared revision (an
 * exported .docx, a file from elsewhere) is merged two-way against my current text.
 */
export function mergeFiles(mine: PenholderFile, theirs: PenholderFile, options: { author: string; date: string }): FileMergeResult {
  const theirIds = new Set(theirs.revisions.map((r) => r.id));
  const base = [...mine.revisions].reverse().find((r) => theirIds.has(r.id)) ?? null;
  const result = mergeCopy(mine.body, theirs.body, { ...options, ...(base ? { base: base.body } : {}) });
  const known = new Set(mine.proposals.map((p) => p.id));
  const theirProposals = theirs.proposals.filter((p) => !known.has(p.id));
  return {
    file: { ...mine, body: result.value, proposals: [...mine.proposals, ...theirProposals, ...result.proposals] },
    conflicts: result.conflicts,
    baseLabel: base?.label ?? null,
    merged: result.merged,
  };
}
