import { Editor, Path, Transforms, type Descendant } from 'slate';
import { importPaste } from '../../../shared/import/paste';
import { makePlain } from '../../../shared/model/factories';
import { ResolutionElement } from '../../../shared/model/guards';
import { focusParagraph, isEmptyParagraph } from '../../../shared/model/transforms/paragraphs';
import { insertNext } from '../../../shared/model/transforms/split/insert-next';
import type { Footnote, InlineNode, TopBlock } from '../../../shared/model/types';

const SLATE_FRAGMENT = 'application/x-slate-fragment';

/** Blocks that belong once per document (title, formula …) arrive as plain paragraphs: nothing pasted is lost. */
const asBodyBlock = (block: TopBlock): Descendant =>
  ResolutionElement.isParagraph(block) || ResolutionElement.isHeading(block) || ResolutionElement.isEmbedded(block)
    ? block
    : makePlain('children' in block ? (block.children as InlineNode[]) : '');

function appendFootnotes(editor: Editor, footnotes: Footnote[]): void {
  const index = editor.children.findIndex(ResolutionElement.isFootnoteList);
  const list = editor.children[index];
  if (!ResolutionElement.isFootnoteList(list)) return;
  Transforms.insertNodes(editor, footnotes, { at: [index, list.children.length] });
}

/** Structured blocks go after the caret's paragraph (replacing it when empty); the normalizers order them. */
function insertBlocks(editor: Editor, blocks: Descendant[], footnotes: Footnote[]): void {
  const paragraph = focusParagraph(editor);
  Editor.withoutNormalizing(editor, () => {
    appendFootnotes(editor, footnotes);
    if (!paragraph) return Transforms.insertNodes(editor, blocks);
    const [node, path] = paragraph;
    Transforms.insertNodes(editor, blocks, { at: Path.next(path), select: true });
    if (isEmptyParagraph(node)) Transforms.removeNodes(editor, { at: path });
  });
}

/** The line-by-line fallback when the importer cannot read the clipboard: one paragraph per line. */
function insertLines(editor: Editor, text: string): void {
  const lines = text
    .split(/\r?\n/)
    .map((line, i) => (i === 0 ? line.replace(/\s+/g, ' ').trimEnd() : line.replace(/\s+/g, ' ').trim()))
    .filter((line) => line.trim() !== '');
  lines.forEach((line, i) => {
    if (i > 0) insertNext(editor);
    editor.insertText(line);
  });
}

/**
 * Pasting from elsewhere (Word, a browser, a PDF's text) goes through the importer's paste conversion, so
 * openers, numbers, sub-paragraphs and footnotes are recognized as in an import: one paragraph's words are
 * inserted at the caret, several paragraphs as blocks of their kind. Slate's own fragments (copy inside
 * Penholder) keep their structure; the unique-id plugin renames copies.
 */
export function withPaste(editor: Editor): Editor {
  const { insertData } = editor;
  editor.insertData = (data) => {
    if (data.types.includes(SLATE_FRAGMENT)) return insertData(data);
    const html = data.getData('text/html') || undefined;
    const text = data.getData('text/plain') || undefined;
    if (!html && !text) return insertData(data);
    const pasted = importPaste({ html, text });
    if (!pasted.ok) return text ? insertLines(editor, text) : insertData(data);
    if (pasted.inline) {
      // the importer trims; a space typed before the pasted words stays
      const lead = /^\s/.test(text ?? '') && pasted.inline[0] && 'text' in pasted.inline[0] ? ' ' : '';
      const [first, ...rest] = pasted.inline;
      const inline = lead && first && 'text' in first ? [{ ...first, text: lead + first.text }, ...rest] : pasted.inline;
      return Transforms.insertFragment(editor, inline);
    }
    insertBlocks(editor, pasted.blocks.map(asBodyBlock), pasted.footnotes);
  };
  return editor;
}
