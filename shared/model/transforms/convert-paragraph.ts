import { Editor, Path, Transforms, type Descendant } from 'slate';
import { ResolutionElement } from '../guards';
import type { Level, OperativeParagraph, PreambularParagraph } from '../types';
import { selectedParagraphs, siblingsOf, unitEnd } from './paragraphs';

export type ClauseKind = 'preambular' | 'operative';

const indexOfId = (siblings: readonly Descendant[], id: string): number =>
  siblings.findIndex((n) => ResolutionElement.isParagraph(n) && n.id === id);

/** What the command would turn the selection into, or null when the selection is not PPs/OPs. */
export function conversionTarget(editor: Editor): ClauseKind | null {
  const selected = selectedParagraphs(editor);
  if (selected.length === 0 || !selected.every(([node]) => ResolutionElement.isClause(node))) return null;
  return ResolutionElement.isPreambular(selected[0]![0]) ? 'operative' : 'preambular';
}

/**
 * Converts the selected paragraphs between preambular and operative (the first one decides the direction).
 * The preamble always comes first, so a converted paragraph moves to the boundary: a new OP becomes the first
 * operative paragraph, a new PP the last preambular one. An OP's sub-paragraphs move up a level, under the
 * OP before it or as operative paragraphs of their own. Ids and text are kept.
 */
export function convertParagraphs(editor: Editor): boolean {
  const target = conversionTarget(editor);
  if (!target) return false;
  const selected = selectedParagraphs(editor);
  const parent = Path.parent(selected[0]![1]);
  const ids = selected.map(([node]) => node.id);
  Editor.withoutNormalizing(editor, () => {
    if (target === 'operative') [...ids].reverse().forEach((id) => toOperative(editor, parent, id));
    else ids.forEach((id) => toPreambular(editor, parent, id));
  });
  return true;
}

const lastIndexOf = (nodes: readonly Descendant[], test: (n: Descendant) => boolean): number => {
  for (let i = nodes.length - 1; i >= 0; i -= 1) if (test(nodes[i]!)) return i;
  return -1;
};

function toOperative(editor: Editor, parent: Path, id: string): void {
  const siblings = siblingsOf(editor, [...parent, 0]);
  const index = indexOfId(siblings, id);
  if (!ResolutionElement.isPreambular(siblings[index])) return;
  Transforms.setNodes<OperativeParagraph>(editor, { type: 'operative-paragraph', level: 0 }, { at: [...parent, index] });
  const lastPreambular = lastIndexOf(siblingsOf(editor, [...parent, 0]), ResolutionElement.isPreambular);
  if (lastPreambular > index) Transforms.moveNodes(editor, { at: [...parent, index], to: [...parent, lastPreambular] });
}

function toPreambular(editor: Editor, parent: Path, id: string): void {
  const siblings = siblingsOf(editor, [...parent, 0]);
  const index = indexOfId(siblings, id);
  const node = siblings[index];
  if (!ResolutionElement.isOperative(node)) return;
  const end = unitEnd(siblings, index);
  for (let i = index + 1; i < end; i += 1) {
    const sub = siblings[i] as OperativeParagraph;
    Transforms.setNodes<OperativeParagraph>(editor, { level: (sub.level - 1) as Level }, { at: [...parent, i] });
  }
  Transforms.unsetNodes(editor, 'level', { at: [...parent, index] });
  Transforms.setNodes<PreambularParagraph>(editor, { type: 'preambular-paragraph' }, { at: [...parent, index] });
  const firstOperative = siblingsOf(editor, [...parent, 0]).findIndex(ResolutionElement.isOperative);
  if (firstOperative !== -1 && firstOperative < index) {
    Transforms.moveNodes(editor, { at: [...parent, index], to: [...parent, firstOperative] });
  }
}
