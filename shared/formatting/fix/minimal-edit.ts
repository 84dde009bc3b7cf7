import type { TextRange } from '../diagnostic';

/**
 * Shrinks an edit to the characters that really change ("Emphasising" → "Emphasizing" touches one letter), so
 * marks, the opener span and footnote markers around it stay where they are.
 */
export function minimalEdit(text: string, range: TextRange, replacement: string): { range: TextRange; replacement: string } {
  const old = text.slice(range.start, range.end);
  let prefix = 0;
  while (prefix < old.length && prefix < replacement.length && old[prefix] === replacement[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < replacement.length - prefix &&
    old[old.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]
  )
    suffix += 1;
  return {
    range: { start: range.start + prefix, end: range.end - suffix },
    replacement: replacement.slice(prefix, replacement.length - suffix),
  };
}
