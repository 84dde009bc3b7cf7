/** FNV-1a over token ids: a 32-bit fingerprint of a token sequence (dedupe, neighbour matching). */
export function hashTokens(ids: ArrayLike<number>, start = 0, end = ids.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i += 1) {
    let v = ids[i]!;
    for (let b = 0; b < 4; b += 1) {
      h ^= v & 0xff;
      h = Math.imul(h, 0x01000193);
      v >>>= 8;
    }
  }
  return h >>> 0;
}

/** FNV-1a over a string's code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
