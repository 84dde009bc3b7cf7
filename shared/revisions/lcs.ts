/**
 * Length of the longest common subsequence of two word lists, by dynamic programming over two rows.
 * Pairing paragraphs asks this for many unlike pairs, where Myers' diff is at its slowest; the table is not.
 */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const ids = new Map<string, number>();
  const intern = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    return id;
  };
  const x = Int32Array.from(a, intern);
  const y = Int32Array.from(b, intern);
  let previous = new Int32Array(y.length + 1);
  let current = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i += 1) {
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j += 1) {
      current[j] = xi === y[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length]!;
}
