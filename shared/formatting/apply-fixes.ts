import { Editor, Node, type Descendant, type Element } from 'slate';
import { createHeadlessEditor } from '../model/headless';
import { ResolutionElement } from '../model/guards';
import type { Diagnostic } from './diagnostic';
import { compatibleFixes, type FixOps } from './fix/fix-ops';
import { editFootnote } from './fix/footnote-edit';
import { moveMarker, replaceText } from './fix/inline-edit';
import { locate } from './fix/locate';
import { minimalEdit } from './fix/minimal-edit';
import { paragraphText } from '../model/text';
import type { InlineNode } from '../model/types';
import type { LintOptions, Linter } from './lint';

function applyOps(editor: Editor, ops: FixOps[]): void {
  // markers first (they do not move text offsets), then text edits from the end of each target backwards
  for (const { marker } of ops) {
    if (!marker) continue;
    const at = locate(editor, marker.paragraphId);
    if (at) moveMarker(editor, at.element, at.path, marker.footnoteId, marker.from, marker.to);
  }
  for (const { regenerate } of ops) {
    const at = regenerate ? locate(editor, regenerate) : null;
    if (at && ResolutionElement.isFootnote(at.element)) editFootnote(editor, at.element, at.path, null);
  }
  const edits = ops.flatMap((o) => o.edits).sort((a, b) => b.range.start - a.range.start);
  for (const edit of edits) {
    const at = locate(editor, edit.paragraphId);
    if (!at) continue;
    const element = Node.get(editor, at.path) as Element;
    if (ResolutionElement.isFootnote(element)) {
      editFootnote(editor, element, at.path, edit);
      continue;
    }
    const small = minimalEdit(paragraphText(element.children as InlineNode[]), edit.range, edit.replacement);
    if (small.range.start === small.range.end && small.replacement === '') continue;
    replaceText(editor, element, at.path, small.range, small.replacement);
  }
}

/**
 * Applies the fixes of `diagnostics` that do not touch one another, in one normalization pass (the caller makes it
 * one undo step). Returns how many were applied; run lint again for the others.
 */
export function applyFixes(editor: Editor, diagnostics: readonly Diagnostic[]): number {
  const ops = compatibleFixes(diagnostics);
  Editor.withoutNormalizing(editor, () => applyOps(editor, ops));
  return ops.length;
}

/** The value with the given fixes applied (a headless editor: structure normalizers run as in the app). */
export function fixValue(value: readonly Descendant[], diagnostics: readonly Diagnostic[]): Descendant[] {
  const editor = createHeadlessEditor(JSON.parse(JSON.stringify(value)) as Descendant[]);
  applyFixes(editor, diagnostics);
  return editor.children;
}

/**
 * Applies every fix (or those `pick` selects) until none is left: overlapping fixes wait for the next pass, so
 * fix-all twice equals fix-all once. Stops after `maxPasses` in case two rules disagree.
 */
export function fixAll(
  value: readonly Descendant[],
  linter: Linter,
  options: LintOptions = {},
  pick: (d: Diagnostic) => boolean = () => true,
  maxPasses = 8,
): Descendant[] {
  const editor = createHeadlessEditor(JSON.parse(JSON.stringify(value)) as Descendant[]);
  for (let pass = 0; pass < maxPasses; pass += 1) {
    const fixable = linter(editor.children, options).filter((d) => d.fix && pick(d));
    if (fixable.length === 0 || applyFixes(editor, fixable) === 0) break;
  }
  return editor.children;
}

/** The fixable diagnostics of one rule ("fix all of this kind"). */
export const fixesOfRule = (diagnostics: readonly Diagnostic[], rule: string): Diagnostic[] =>
  diagnostics.filter((d) => d.rule === rule && d.fix);
