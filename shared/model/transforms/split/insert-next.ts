import { Editor, Element, Path, Range, Transforms, type Node } from 'slate';
import { makeOperative, makePlain, makePreambular } from '../../factories';
import { ResolutionElement } from '../../guards';
import { newId } from '../../ids';
import type { BodyParagraph, Level, OperativeParagraph } from '../../types';
import { isEmptyParagraph, siblingsOf } from '../paragraphs';

const ID_PREFIX: Record<BodyParagraph['type'], string> = {
  'preambular-paragraph': 'pp',
  'operative-paragraph': 'op',
  'plain-paragraph': 'p',
};

/** An empty paragraph of the same kind (and level) as `paragraph`. */
function emptyLike(paragraph: BodyParagraph): BodyParagraph {
  if (ResolutionElement.isPreambular(paragraph)) return makePreambular('');
  if (ResolutionElement.isOperative(paragraph)) return makeOperative('', paragraph.level);
  return makePlain('', newId('p'), paragraph.numbered === true);
}

/** A block the caret can stand in: not a void, not a container of blocks. */
const textBlock = (editor: Editor) => (n: Node) =>
  Element.isElement(n) && Editor.isBlock(editor, n) && !Editor.isVoid(editor, n) && Editor.hasInlines(editor, n);

/**
 * Enter. In a body paragraph it makes the next paragraph of the same kind (PP → PP, OP → OP at the same
 * level), splitting at the caret; the text after the caret keeps the new paragraph's fresh id, while a
 * paragraph split at its very start stays whole and gets an empty sibling before it. Enter on an empty
 * sub-paragraph promotes it; on an empty last PP it starts the operative part. In the title, the adopting
 * body and other single-line blocks the caret moves on to the next block.
 */
export function insertNext(editor: Editor): void {
  if (!editor.selection) return;
  if (Range.isExpanded(editor.selection)) Editor.deleteFragment(editor);
  const entry = Editor.above(editor, { match: textBlock(editor), mode: 'lowest' });
  if (!entry) return;
  const [block, path] = entry;
  if (ResolutionElement.isParagraph(block)) splitParagraph(editor, block, path);
  else moveToNextBlock(editor, path);
}

function splitParagraph(editor: Editor, paragraph: BodyParagraph, path: Path): void {
  if (isEmptyParagraph(paragraph)) {
    if (ResolutionElement.isOperative(paragraph) && paragraph.level > 0) {
      Transforms.setNodes<OperativeParagraph>(editor, { level: (paragraph.level - 1) as Level }, { at: path });
      return;
    }
    if (ResolutionElement.isPreambular(paragraph) && !ResolutionElement.isPreambular(siblingsOf(editor, path)[path[path.length - 1]! + 1])) {
      Transforms.setNodes<OperativeParagraph>(editor, { type: 'operative-paragraph', level: 0 }, { at: path });
      return;
    }
  }
  const caret = editor.selection!.focus;
  if (!isEmptyParagraph(paragraph) && Editor.isStart(editor, caret, path)) {
    Transforms.insertNodes(editor, emptyLike(paragraph), { at: path, select: false });
    return;
  }
  Editor.withoutNormalizing(editor, () => {
    Transforms.splitNodes(editor, { always: true, match: (_n, p) => Path.equals(p, path) });
    const next = Path.next(path);
    Transforms.unsetNodes(editor, ['source', 'status', 'mergedFrom'], { at: next });
    Transforms.setNodes<BodyParagraph>(editor, { id: newId(ID_PREFIX[paragraph.type]) }, { at: next });
  });
}

function moveToNextBlock(editor: Editor, path: Path): void {
  const after = Editor.next(editor, { at: path, match: textBlock(editor), mode: 'lowest' });
  if (after) {
    Transforms.select(editor, Editor.start(editor, after[1]));
    return;
  }
  const [block] = Editor.node(editor, path);
  const fresh = ResolutionElement.isAdoptingBody(block) ? makePreambular('') : makePlain('');
  Transforms.insertNodes(editor, fresh, { at: Path.next(path), select: true });
}
