import type { TextRange } from '../diagnostic';

/** The ranges where any of `names` occurs in `text`: proper names that rules must leave alone. */
export function nameSpans(text: string, names: readonly string[]): TextRange[] {
  const out: TextRange[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) out.push({ start: at, end: at + name.length });
  }
  return out;
}

export const inside = (spans: readonly TextRange[], start: number, end: number): boolean =>
  spans.some((s) => s.start <= start && end <= s.end);
