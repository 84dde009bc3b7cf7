import { Editor, Element, Range, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { applyFixes } from '../../../shared/formatting/apply-fixes';
import { curlyQuote } from '../../../shared/formatting/rules/typographic-quotes';
import { diagnosticsOf, targetText } from '../../features/diagnostics/live-lint';

/** The end-punctuation rules: after Enter, the paragraph left behind gets the mark its position wants. */
const END_RULES = new Set(['pp-terminal-comma', 'op-terminal-semicolon', 'op-last-period', 'chapeau-colon', 'subpara-terminal']);

/** The id of the paragraph holding the caret, if any. */
function caretParagraph(editor: Editor): string | null {
  const entry = Editor.above(editor, { match: (n) => Element.isElement(n) && 'id' in n && Editor.isBlock(editor, n) });
  return entry && 'id' in entry[0] ? (entry[0].id as string) : null;
}

/**
 * Formatting that is never ambiguous, done while typing, each change its own undo step (Ctrl+Z gives back what
 * was typed): a straight quote becomes a curly one, and starting a new paragraph corrects the end punctuation of
 * the one before (un-format.md §2, §6.1). The opener's italics are the structure normalizer's job.
 */
export function withAutoformat(editor: Editor): Editor {
  const { insertText, insertBreak } = editor;

  editor.insertText = (text, options) => {
    insertText(text, options);
    if (text !== '"' && text !== "'") return;
    const { selection } = editor;
    if (!selection || !Range.isCollapsed(selection) || selection.anchor.offset === 0) return;
    const { path, offset } = selection.anchor;
    const before = Editor.string(editor, { anchor: { path, offset: 0 }, focus: { path, offset } });
    const curly = curlyQuote(before, offset - 1);
    HistoryEditor.withNewBatch(editor, () => {
      Transforms.delete(editor, { at: { anchor: { path, offset: offset - 1 }, focus: { path, offset } } });
      // through the wrapped insertText, so a tracked-changes session records the curly quote as typed
      insertText(curly);
    });
  };

  editor.insertBreak = () => {
    const left = caretParagraph(editor);
    insertBreak();
    if (!left) return;
    // a colon is left alone: the drafter may be about to indent sub-paragraphs under it (Tab), and only then
    // does the paragraph's position say what it wants
    const text = targetText(editor, left).trimEnd();
    if (text.endsWith(':')) return;
    const fixes = diagnosticsOf(editor).filter((d) => d.paragraphId === left && END_RULES.has(d.rule) && d.fix);
    if (fixes.length > 0) HistoryEditor.withNewBatch(editor, () => applyFixes(editor, fixes));
  };

  return editor;
}
