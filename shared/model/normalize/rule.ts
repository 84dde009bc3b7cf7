import type { Editor, NodeEntry } from 'slate';

/** One structure rule: fixes one thing and returns true, or returns false when the entry is fine. */
export type NormalizeRule = (editor: Editor, entry: NodeEntry) => boolean;
