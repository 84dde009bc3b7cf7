import { Path, type Editor } from 'slate';
import { allowedBlocks } from './normalize/allowed-blocks';
import { footnoteListLast } from './normalize/footnote-list-last';
import { footnoteRefsResolve } from './normalize/footnote-refs-resolve';
import { headerFirst } from './normalize/header-first';
import { openers } from './normalize/openers';
import { preambleBeforeOperative } from './normalize/preamble-before-operative';
import type { NormalizeRule } from './normalize/rule';
import { subLevels } from './normalize/sub-levels';

/** Structure rules in the order they run; each fixes one thing, then Slate calls normalizeNode again. */
export const structureRules: readonly NormalizeRule[] = [
  headerFirst,
  footnoteListLast,
  allowedBlocks,
  preambleBeforeOperative,
  subLevels,
  footnoteRefsResolve,
  openers,
];

const INLINE = new Set(['footnote-ref']);
const VOID = new Set(['footnote-ref', 'header', 'closing', 'footnote']);

/**
 * The headless resolution editor: inline and void declarations plus the structure normalizers. The importer
 * and the CLI use it as is; the renderer stacks it over withReact and withHistory.
 */
export function withResolution<T extends Editor>(editor: T): T {
  const { isInline, isVoid, normalizeNode, getDirtyPaths } = editor;
  editor.isInline = (element) => INLINE.has(element.type) || isInline(element);
  editor.isVoid = (element) => VOID.has(element.type) || isVoid(element);
  editor.normalizeNode = (entry, options) => {
    for (const rule of structureRules) if (rule(editor, entry)) return;
    normalizeNode(entry, options);
  };
  // Typing changes one text leaf: only the leaf and its block can need normalizing (openers, adjacent leaves to
  // merge). Slate would also mark every ancestor, and the rules that walk a whole body (region order, levels,
  // header first) would then rerun over 300 paragraphs on every keystroke.
  editor.getDirtyPaths = (op) =>
    (op.type === 'insert_text' || op.type === 'remove_text') && op.path.length >= 2 ? [Path.parent(op.path), op.path] : getDirtyPaths(op);
  return editor;
}
