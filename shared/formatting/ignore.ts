import type { IgnoredDiagnostic } from '../model/file-schema';
import type { Diagnostic } from './diagnostic';

/** The text a diagnostic flags, as remembered when the user ignores it ("" for a whole-paragraph diagnostic). */
export const flaggedText = (text: string, d: Pick<Diagnostic, 'range'>): string => (d.range ? text.slice(d.range.start, d.range.end) : '');

/** The entry that remembers an ignored diagnostic in the document (file.ignored). */
export const ignoreEntry = (d: Diagnostic, text: string): IgnoredDiagnostic => ({ rule: d.rule, target: d.paragraphId, text: flaggedText(text, d) });

const keyOf = (rule: string, target: string, text: string) => `${rule}\u0000${target}\u0000${text}`;

/** A predicate that is true for diagnostics the user chose to ignore (same rule, same paragraph, same flagged text). */
export function ignoredFilter(ignored: readonly IgnoredDiagnostic[]): (d: Diagnostic, flagged: string) => boolean {
  const keys = new Set(ignored.map((i) => keyOf(i.rule, i.target, i.text)));
  return (d, flagged) => keys.has(keyOf(d.rule, d.paragraphId, flagged));
}
