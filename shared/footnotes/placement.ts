/**
 * Where a footnote marker goes (un-format.md §5.2): after the cited name and after any punctuation that
 * follows it (, ; : . and closing quotes or brackets), but before a dash. "Rights of the Child,¹ the …";
 * "Organized Crime;¹⁰"; "“Rights of the child”,² in which".
 */
const FOLLOWING = new Set([',', ';', ':', '.', '”', '’', '"', "'", ')', ']']);

export function markerOffsetAfter(text: string, end: number): number {
  let at = end;
  while (at < text.length && FOLLOWING.has(text[at]!)) at += 1;
  return at;
}
