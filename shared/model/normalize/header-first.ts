import { Editor, Transforms } from 'slate';
import { makeHeader } from '../factories';
import { ResolutionElement } from '../guards';
import type { NormalizeRule } from './rule';

/** Exactly one header, first. A missing one is created empty; extra ones are dropped. */
export const headerFirst: NormalizeRule = (editor, [node]) => {
  if (!Editor.isEditor(node)) return false;
  const positions = node.children.flatMap((child, i) => (ResolutionElement.isHeader(child) ? [i] : []));
  if (positions.length === 0) {
    Transforms.insertNodes(editor, makeHeader(), { at: [0] });
    return true;
  }
  if (positions.length > 1) {
    Transforms.removeNodes(editor, { at: [positions[positions.length - 1]!] });
    return true;
  }
  if (positions[0] !== 0) {
    Transforms.moveNodes(editor, { at: [positions[0]!], to: [0] });
    return true;
  }
  return false;
};
