import { foldText } from './fold';

/**
 * Where the typed words occur in a result's text, as [start, end) ranges, so the search panel can show the
 * matching words. Words are compared folded (case, accents, -ise/-ize, spelling variants); the last typed
 * word also matches as the start of a word.
 */
export function matchRanges(text: string, query: string): [number, number][] {
  const wanted = new Set(foldText(query).exact);
  const last = foldText(query).exact.at(-1) ?? '';
  if (wanted.size === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const folded = foldText(match[0]).exact;
    if (folded.some((w) => wanted.has(w) || (last.length >= 3 && w.startsWith(last)))) {
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  return ranges;
}
