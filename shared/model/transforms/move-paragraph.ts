import { Editor, Path, Transforms, type Descendant } from 'slate';
import { ResolutionElement } from '../guards';
import { focusParagraph, siblingsOf, unitEnd } from './paragraphs';

export type Direction = 'up' | 'down';

interface Swap {
  parent: Path;
  /** the earlier unit [first, middle) trades places with the later one [middle, end) */
  first: number;
  middle: number;
  end: number;
}

/** The start of the sibling unit before `index` at the same level, or -1 (a parent, a PP, the start). */
function previousUnit(siblings: readonly Descendant[], index: number): number {
  const node = siblings[index];
  if (ResolutionElement.isPreambular(node)) return ResolutionElement.isPreambular(siblings[index - 1]) ? index - 1 : -1;
  if (!ResolutionElement.isOperative(node)) return -1;
  for (let i = index - 1; i >= 0; i -= 1) {
    const candidate = siblings[i];
    if (!ResolutionElement.isOperative(candidate) || candidate.level < node.level) return -1;
    if (candidate.level === node.level) return i;
  }
  return -1;
}

/** The start of the sibling unit after the unit at `index`, or -1. */
function nextUnit(siblings: readonly Descendant[], index: number): number {
  const node = siblings[index];
  const after = unitEnd(siblings, index);
  const candidate = siblings[after];
  if (ResolutionElement.isPreambular(node)) return ResolutionElement.isPreambular(candidate) ? after : -1;
  if (!ResolutionElement.isOperative(node) || !ResolutionElement.isOperative(candidate)) return -1;
  return candidate.level === node.level ? after : -1;
}

function plan(editor: Editor, direction: Direction): Swap | null {
  const focus = focusParagraph(editor);
  if (!focus) return null;
  const siblings = siblingsOf(editor, focus[1]);
  const index = focus[1][focus[1].length - 1]!;
  const parent = Path.parent(focus[1]);
  if (direction === 'up') {
    const before = previousUnit(siblings, index);
    return before === -1 ? null : { parent, first: before, middle: index, end: unitEnd(siblings, index) };
  }
  const after = nextUnit(siblings, index);
  return after === -1 ? null : { parent, first: index, middle: after, end: unitEnd(siblings, after) };
}

export const canMoveParagraph = (editor: Editor, direction: Direction): boolean => plan(editor, direction) !== null;

/**
 * Alt+Shift+Up/Down: moves the paragraph at the caret past its neighbour of the same kind and level, each
 * with its sub-paragraphs. A PP stays in the preamble, an OP in the operative part, a sub-paragraph under
 * its parent. The caret travels with the paragraph.
 */
export function moveParagraph(editor: Editor, direction: Direction): boolean {
  const swap = plan(editor, direction);
  if (!swap) return false;
  // move the later unit, node by node, in front of the earlier one
  Editor.withoutNormalizing(editor, () => {
    for (let k = 0; k < swap.end - swap.middle; k += 1) {
      Transforms.moveNodes(editor, { at: [...swap.parent, swap.middle + k], to: [...swap.parent, swap.first + k] });
    }
  });
  return true;
}
