import { Element, Transforms, type Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import { applyFixes } from '../../../shared/formatting/apply-fixes';
import type { Diagnostic } from '../../../shared/formatting/diagnostic';
import { locate } from '../../../shared/formatting/fix/locate';
import { ignoreEntry } from '../../../shared/formatting/ignore';
import { pointAtOffset } from '../../../shared/footnotes/text-point';
import type { InlineNode } from '../../../shared/model/types';
import { useAppStore } from '../../state/store';
import { diagnosticsOf, targetText } from './live-lint';

/** Applies one diagnostic's fix as one undo step. */
export function fixOne(editor: Editor, d: Diagnostic): void {
  HistoryEditor.withNewBatch(editor, () => applyFixes(editor, [d]));
}

/**
 * "Fix all of this kind": every fix of the rule, pass after pass (fixes that touch each other wait for the
 * next), all in one undo step.
 */
export function fixAllOfRule(editor: Editor, rule: string): void {
  HistoryEditor.withNewBatch(editor, () => {
    for (let pass = 0; pass < 8; pass += 1) {
      const fixable = diagnosticsOf(editor).filter((d) => d.rule === rule && d.fix);
      if (fixable.length === 0 || applyFixes(editor, fixable) === 0) break;
    }
  });
}

/** Ignores a diagnostic: remembered in the document (file.ignored), so it stays ignored after saving. */
export function ignore(editor: Editor, d: Diagnostic): void {
  const { meta, setMeta } = useAppStore.getState();
  setMeta({ ignored: [...meta.ignored, ignoreEntry(d, targetText(editor, d.paragraphId))] });
}

/** Switches a rule on or off for this document (settings.disabledRules). */
export function setRuleEnabled(rule: string, enabled: boolean): void {
  const { meta, setMeta } = useAppStore.getState();
  const off = new Set(meta.settings.disabledRules);
  if (enabled) off.delete(rule);
  else off.add(rule);
  setMeta({ settings: { ...meta.settings, disabledRules: [...off] } });
}

/** Selects the flagged text (or the start of the paragraph) and scrolls to it. */
export function reveal(editor: Editor, d: Diagnostic): void {
  const at = locate(editor, d.paragraphId);
  if (!at || !Element.isElement(at.element) || at.element.type === 'footnote') return;
  const children = at.element.children as InlineNode[];
  const anchor = pointAtOffset(children, at.path, d.range?.start ?? 0, true);
  const focus = pointAtOffset(children, at.path, d.range?.end ?? 0);
  if (!anchor || !focus) return;
  Transforms.select(editor, { anchor, focus });
  try {
    ReactEditor.focus(editor);
    ReactEditor.toDOMNode(editor, at.element).scrollIntoView({ block: 'center' });
  } catch {
    // not drawn yet: the selection is enough
  }
}
