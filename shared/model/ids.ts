/**
 * Stable paragraph and footnote ids. They only need to be unique within a document and to survive edits,
 * so a counter plus a per-session random stem is enough (shared/ has no crypto API).
 */
let stem = Math.random().toString(36).slice(2, 7);
let counter = 0;

export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}-${stem}${counter.toString(36)}`;
}

/** Tests make ids deterministic with this; the app never calls it. */
export function resetIds(seed = 'x'): void {
  stem = seed;
  counter = 0;
}
