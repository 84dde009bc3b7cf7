import type { Finding } from '../diagnostic';

export type EndMark = ',' | ';' | ':' | '.';

const MARKS = new Set([',', ';', ':', '.', '!', '?']);

/** The last visible character of a text and its offset; null for blank text. */
export function lastVisible(text: string): { index: number; char: string } | null {
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const char = text[i]!;
    if (!/\s/.test(char)) return { index: i, char };
  }
  return null;
}

const NAMES: Record<string, string> = { ',': 'a comma', ';': 'a semicolon', ':': 'a colon', '.': 'a full stop' };
export const markName = (mark: string): string => NAMES[mark] ?? `“${mark}”`;

/**
 * The finding for a text that should end with `want` (a footnote marker may follow: markers are not in the text),
 * or null when it does. The fix replaces the wrong mark, or inserts the mark after the last character (an empty range).
 */
export function endingFinding(text: string, want: EndMark, what: string): Finding | null {
  const last = lastVisible(text);
  if (!last || last.char === want) return null;
  const range = { start: last.index, end: last.index + 1 };
  if (MARKS.has(last.char)) {
    return {
      range,
      message: `${what} ends with ${markName(want)}, not ${markName(last.char)}.`,
      fix: { replacement: want },
    };
  }
  // a missing mark is inserted after the last character (before a trailing footnote marker)
  const after = { start: last.index + 1, end: last.index + 1 };
  return { range: after, message: `${what} ends with ${markName(want)}.`, fix: { replacement: want } };
}
