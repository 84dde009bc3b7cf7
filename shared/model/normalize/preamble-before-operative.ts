import { Editor, Element } from 'slate';
import { Transforms } from 'slate';
import { ResolutionElement } from '../guards';
import type { NormalizeRule } from './rule';

/** No preambular paragraph after the first operative one, per resolution: move the first offender before it. */
export const preambleBeforeOperative: NormalizeRule = (editor, [node, path]) => {
  if (!Editor.isEditor(node) && !(Element.isElement(node) && node.type === 'embedded-resolution')) return false;
  const children = node.children;
  const firstOp = children.findIndex(ResolutionElement.isOperative);
  if (firstOp === -1) return false;
  const late = children.findIndex((n, i) => i > firstOp && ResolutionElement.isPreambular(n));
  if (late === -1) return false;
  Transforms.moveNodes(editor, { at: [...path, late], to: [...path, firstOp] });
  return true;
};
