import { Editor, Element, Text, Transforms, type Path } from 'slate';
import { ResolutionElement } from '../guards';
import { detectOpener } from '../openers';
import type { InlineNode } from '../types';

import type { NormalizeRule } from './rule';

/** How many leading characters should carry the opener mark: the detected opener of a top-level clause. */
export function wantedOpenerLength(node: Element): number {
  if (!ResolutionElement.isClause(node)) return 0;
  if (ResolutionElement.isOperative(node) && node.level > 0) return 0;
  // the opener is read from the leading run of text; deleted tracked text is not part of it
  let leading = '';
  for (const child of node.children) {
    if (!Text.isText(child)) break;
    if (child.del) continue;
    leading += child.text;
  }
  const kind = node.type === 'preambular-paragraph' ? 'preambular' : 'operative';
  return detectOpener(leading, kind)?.length ?? 0;
}

/** Character length of the current opener mark, or -1 when the marked runs are not one leading span. */
function markedOpenerLength(children: readonly InlineNode[]): number {
  let length = 0;
  let ended = false;
  for (const child of children) {
    if (!Text.isText(child)) {
      ended = true;
      continue;
    }
    // deleted tracked text is not part of the opener (as in wantedOpenerLength)
    if (child.del) continue;
    if (child.opener) {
      if (ended) return -1;
      length += child.text.length;
    } else if (child.text.length > 0 || length > 0) ended = true;
  }
  return length;
}

/**
 * Openers are re-detected as the text changes: the opener mark covers exactly the detected opener of a
 * PP or top-level OP, and nothing anywhere else. The fix clears the mark, then sets it over the span.
 */
export const openers: NormalizeRule = (editor, [node, path]) => {
  if (!Element.isElement(node) || Editor.isEditor(node) || Editor.isVoid(editor, node)) return false;
  if (!node.children.some(Text.isText)) return false;
  const want = wantedOpenerLength(node);
  const have = markedOpenerLength(node.children as InlineNode[]);
  if (have === want && !hasDeletedOpener(node)) return false;
  applyOpener(editor, path, want);
  return true;
};

const hasDeletedOpener = (node: Element): boolean =>
  node.children.some((c) => Text.isText(c) && c.opener === true && c.del !== undefined);

function applyOpener(editor: Editor, path: Path, length: number): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.unsetNodes(editor, 'opener', { at: path, match: (n) => Text.isText(n) && n.opener === true });
    if (length === 0) return;
    const start = Editor.start(editor, path);
    const focus = pointAfterChars(editor, path, length);
    if (!focus) return;
    Transforms.setNodes(
      editor,
      { opener: true },
      { at: { anchor: start, focus }, match: (n) => Text.isText(n) && !n.del, split: true },
    );
  });
}

/** The point `length` visible characters into the paragraph, skipping deleted tracked runs. */
function pointAfterChars(editor: Editor, path: Path, length: number) {
  let left = length;
  for (const [node, textPath] of Editor.nodes(editor, { at: path, match: Text.isText })) {
    if (node.del) continue;
    if (node.text.length >= left) return { path: textPath, offset: left };
    left -= node.text.length;
  }
  return null;
}
