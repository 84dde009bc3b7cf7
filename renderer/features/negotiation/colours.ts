/** Each author of tracked changes gets one of a few colours, the same wherever the name appears. */
export const AUTHOR_COLOURS = 6;

export function authorColour(author: string): number {
  let hash = 0;
  for (const ch of author) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % AUTHOR_COLOURS;
}

/** The leaf class for a run's tracked change: "author-3". */
export const authorClass = (leaf: { ins?: { author: string }; del?: { author: string } }): string | null => {
  const author = leaf.del?.author ?? leaf.ins?.author;
  return author ? `author-${authorColour(author)}` : null;
};
