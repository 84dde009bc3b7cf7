import { Editor, Path, Transforms } from 'slate';
import { ResolutionElement } from '../guards';
import type { Level, OperativeParagraph } from '../types';
import { operativeBefore, selectedParagraphs, siblingsOf, unitEnd } from './paragraphs';

export type LevelChange = 1 | -1;

interface Plan {
  parent: Path;
  start: number;
  end: number;
}

/**
 * The run of operative paragraphs whose level changes: from the first selected one to the end of the last
 * selected one's sub-paragraphs. Null when the selection holds anything but operative paragraphs, or
 * when the change would leave a sub-paragraph without a parent or go past (i).
 */
function plan(editor: Editor, delta: LevelChange): Plan | null {
  const selected = selectedParagraphs(editor);
  if (selected.length === 0 || !selected.every(([node]) => ResolutionElement.isOperative(node))) return null;
  const firstPath = selected[0]![1];
  const siblings = siblingsOf(editor, firstPath);
  const start = firstPath[firstPath.length - 1]!;
  const last = selected[selected.length - 1]![1];
  const end = unitEnd(siblings, last[last.length - 1]!);
  const run = siblings.slice(start, end) as OperativeParagraph[];
  if (delta === 1) {
    const previous = operativeBefore(siblings, start);
    if (!previous || previous.level < run[0]!.level) return null;
    if (run.some((op) => op.level >= 2)) return null;
  } else if (run.some((op) => op.level <= 0)) return null;
  return { parent: Path.parent(firstPath), start, end };
}

export const canChangeLevel = (editor: Editor, delta: LevelChange): boolean => plan(editor, delta) !== null;

/**
 * Tab / Shift+Tab: demotes (OP → (a) → (i)) or promotes the selected operative paragraphs, each together
 * with its sub-paragraphs. Returns false and changes nothing when the move is not allowed.
 */
export function changeLevel(editor: Editor, delta: LevelChange): boolean {
  const target = plan(editor, delta);
  if (!target) return false;
  const siblings = siblingsOf(editor, [...target.parent, target.start]);
  Editor.withoutNormalizing(editor, () => {
    for (let i = target.start; i < target.end; i += 1) {
      const op = siblings[i] as OperativeParagraph;
      Transforms.setNodes<OperativeParagraph>(editor, { level: (op.level + delta) as Level }, { at: [...target.parent, i] });
    }
  });
  return true;
}
