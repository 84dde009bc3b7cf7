import type { Descendant } from 'slate';
import type { NamedRevision, PenholderFile } from '../model/file-schema';
import { newId } from '../model/ids';

/**
 * Named revisions (un-format.md §8.1): snapshots of the whole value stored in the file. Restoring never
 * loses the current text: unless it is already stored, it is saved as a revision first.
 */

export interface RevisionInit {
  label: string;
  /** ISO date-time */
  date: string;
  symbol?: string | null;
  note?: string;
}

const copy = (value: readonly Descendant[]): Descendant[] => JSON.parse(JSON.stringify(value)) as Descendant[];
const same = (a: readonly Descendant[], b: readonly Descendant[]) => JSON.stringify(a) === JSON.stringify(b);

/** Stores the current text as a named revision. */
export function saveRevision(file: PenholderFile, init: RevisionInit): { file: PenholderFile; revision: NamedRevision } {
  const revision: NamedRevision = {
    id: newId('version'),
    label: init.label,
    symbol: init.symbol ?? null,
    date: init.date,
    note: init.note ?? '',
    body: copy(file.body),
  };
  return { file: { ...file, revisions: [...file.revisions, revision] }, revision };
}

/** The stored revision whose text is the current text, if any. */
export const currentRevision = (file: PenholderFile): NamedRevision | undefined =>
  [...file.revisions].reverse().find((r) => same(r.body, file.body));

/**
 * Makes a stored revision the current text. The current text is first saved as "Before restoring …" unless
 * a stored revision already holds it; `saved` is that new revision (or null).
 */
export function restoreRevision(
  file: PenholderFile,
  id: string,
  date: string,
): { file: PenholderFile; saved: NamedRevision | null } {
  const target = file.revisions.find((r) => r.id === id);
  if (!target) return { file, saved: null };
  let next = file;
  let saved: NamedRevision | null = null;
  if (!currentRevision(file)) {
    ({ file: next, revision: saved } = saveRevision(file, { label: `Before restoring ${target.label}`, date, note: 'saved automatically' }));
  }
  return { file: { ...next, body: copy(target.body) }, saved };
}

/** Renames a revision or changes its note or symbol; the text itself is never edited. */
export function updateRevision(file: PenholderFile, id: string, patch: Partial<Pick<NamedRevision, 'label' | 'note' | 'symbol'>>): PenholderFile {
  return { ...file, revisions: file.revisions.map((r) => (r.id === id ? { ...r, ...patch } : r)) };
}

/** "L.3" or "L.3/Rev.1" from a document symbol such as "E/CN.15/2019/L.3/Rev.1"; null for other symbols. */
export function labelFromSymbol(symbol: string | null): string | null {
  const match = symbol?.match(/\/(L\.\d+(?:\/Rev\.\d+)?)$/);
  return match ? match[1]! : null;
}

/**
 * The label a delegate most likely wants next: "zero draft" first, then "Rev.1", "Rev.2" … after informal
 * texts; after an L. document, its next "/Rev.n".
 */
export function suggestRevisionLabel(revisions: readonly Pick<NamedRevision, 'label'>[]): string {
  const last = revisions[revisions.length - 1]?.label;
  if (!last) return 'zero draft';
  const official = last.match(/^(L\.\d+)(?:\/Rev\.(\d+))?$/);
  if (official) return `${official[1]}/Rev.${Number(official[2] ?? 0) + 1}`;
  const informal = Math.max(0, ...revisions.map((r) => Number(r.label.match(/^Rev\.(\d+)$/)?.[1] ?? 0)));
  return `Rev.${informal + 1}`;
}

/** Labels offered in the save dialog besides the suggestion (un-format.md §8.1). */
export const REVISION_LABELS = ['zero draft', 'Rev.1', 'Rev.2', 'as orally revised', 'L.1', 'L.1/Rev.1'] as const;
