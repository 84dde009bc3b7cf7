import { Editor, Transforms } from 'slate';
import { makeFootnoteList } from '../factories';
import { ResolutionElement } from '../guards';
import type { NormalizeRule } from './rule';

/** Exactly one footnote list, last. Footnotes of a second list are moved into the first, then it goes. */
export const footnoteListLast: NormalizeRule = (editor, [node]) => {
  if (!Editor.isEditor(node)) return false;
  const positions = node.children.flatMap((child, i) => (ResolutionElement.isFootnoteList(child) ? [i] : []));
  const last = node.children.length - 1;
  if (positions.length === 0) {
    Transforms.insertNodes(editor, makeFootnoteList(), { at: [last + 1] });
    return true;
  }
  if (positions.length > 1) {
    const [first, extra] = positions as [number, number];
    const extraList = node.children[extra];
    const firstList = node.children[first];
    if (ResolutionElement.isFootnoteList(extraList) && ResolutionElement.isFootnoteList(firstList)) {
      Editor.withoutNormalizing(editor, () => {
        const count = extraList.children.length;
        for (let i = 0; i < count; i += 1) {
          Transforms.moveNodes(editor, { at: [extra, 0], to: [first, firstList.children.length + i] });
        }
        Transforms.removeNodes(editor, { at: [extra] });
      });
    }
    return true;
  }
  if (positions[0] !== last) {
    Transforms.moveNodes(editor, { at: [positions[0]!], to: [last] });
    return true;
  }
  return false;
};
