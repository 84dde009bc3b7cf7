import { Editor, Element, Transforms } from 'slate';
import { ResolutionElement } from '../guards';
import type { Level } from '../types';
import type { NormalizeRule } from './rule';

/**
 * Sub-paragraphs only under operative paragraphs: a level-1 item follows an OP or another item, a level-2
 * item follows a level-1 or level-2 item. The first offender is raised to the deepest level allowed.
 */
export const subLevels: NormalizeRule = (editor, [node, path]) => {
  if (!Editor.isEditor(node) && !(Element.isElement(node) && node.type === 'embedded-resolution')) return false;
  let previous: Level | -1 = -1;
  for (let i = 0; i < node.children.length; i += 1) {
    const child = node.children[i];
    if (!ResolutionElement.isOperative(child)) {
      if (ResolutionElement.isParagraph(child) || ResolutionElement.isAdoptingBody(child)) previous = -1;
      continue;
    }
    const max = (previous + 1) as Level;
    if (child.level > max) {
      Transforms.setNodes(editor, { level: max }, { at: [...path, i] });
      return true;
    }
    previous = child.level;
  }
  return false;
};
