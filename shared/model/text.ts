import { Text } from 'slate';
import type { InlineNode } from './types';

/**
 * The paragraph's current text: deleted tracked runs left out, footnote markers dropped. This is the text
 * the linter, the exporters and the CLI see, so offsets agree across them.
 */
export function paragraphText(children: readonly InlineNode[]): string {
  let out = '';
  for (const child of children) if (Text.isText(child) && !child.del) out += child.text;
  return out;
}

/** The paragraph's original text: inserted tracked runs left out, deleted ones kept (the "reject all" view). */
export function originalText(children: readonly InlineNode[]): string {
  let out = '';
  for (const child of children) if (Text.isText(child) && !child.ins) out += child.text;
  return out;
}
