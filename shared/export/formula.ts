import { Text } from 'slate';
import type { InlineNode } from '../model/types';

const isPrinted = (c: InlineNode) => Text.isText(c) && c.text.trim() !== '' && !c.del;

/** "The General Assembly," → the formula in italics, its final comma roman (un-format.md §1.5). */
export function formulaInlines(children: readonly InlineNode[]): InlineNode[] {
  const out: InlineNode[] = children.map((c) => (Text.isText(c) ? { ...c, italic: true as const } : c));
  let last = out.length - 1;
  while (last >= 0 && !isPrinted(out[last]!)) last -= 1;
  const leaf = out[last];
  if (!leaf || !Text.isText(leaf)) return out;
  const match = /([,:;.])(\s*)$/.exec(leaf.text);
  if (!match) return out;
  const { italic: _italic, ...plain } = leaf;
  out.splice(last, 1, { ...leaf, text: leaf.text.slice(0, match.index) }, { ...plain, text: match[0] });
  return out;
}
