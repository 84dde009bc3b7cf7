import { Editor, Element, Transforms, type Path } from 'slate';
import { makeOperative, makePlain, makePreambular, clause } from '../model/factories';
import type { BodyParagraph, InlineNode } from '../model/types';
import type { Passage } from './passage';
import { sourceOf } from './provenance';

/** The agreed text as runs: its opener marked when the text starts with the corpus's lead. */
export function agreedRuns(passage: Passage): InlineNode[] {
  const { opener, text } = passage;
  return opener && text.startsWith(opener) && text.length > opener.length ? clause(opener, text.slice(opener.length)) : [{ text }];
}

const isBody = (n: unknown): n is BodyParagraph =>
  Element.isElement(n) && (n.type === 'preambular-paragraph' || n.type === 'operative-paragraph' || n.type === 'plain-paragraph');

/**
 * Replaces a paragraph's text with agreed text and keeps where it came from (`source`), in one undo step;
 * the caret ends after the text. Used when a ghost suggestion is accepted and by "Use this text".
 */
export function applyAgreedText(editor: Editor, path: Path, passage: Passage): void {
  const node = Editor.node(editor, path)[0];
  if (!isBody(node)) return;
  Editor.withoutNormalizing(editor, () => {
    for (let i = node.children.length - 1; i >= 0; i -= 1) Transforms.removeNodes(editor, { at: [...path, i] });
    Transforms.insertNodes(editor, agreedRuns(passage), { at: [...path, 0] });
    Transforms.setNodes(editor, { source: sourceOf(passage) }, { at: path });
  });
  Transforms.select(editor, Editor.end(editor, path));
}

/**
 * Inserts agreed text as a new paragraph after `after` (the caret's paragraph): preambular text as a
 * preambular paragraph, operative as an operative one; the structure normalizers then put it in its region.
 */
export function insertAgreedParagraph(editor: Editor, after: Path, passage: Passage): void {
  const runs = agreedRuns(passage);
  const paragraph =
    passage.kind === 'preambular' ? makePreambular(runs) : passage.kind === 'operative' ? makeOperative(runs, 0) : makePlain(runs);
  const at = [...after.slice(0, -1), after[after.length - 1]! + 1];
  Transforms.insertNodes(editor, { ...paragraph, source: sourceOf(passage) }, { at, select: true });
  Transforms.select(editor, Editor.end(editor, at));
}
