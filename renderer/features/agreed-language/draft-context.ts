import { Editor, Element, Node, type Path } from 'slate';
import type { SearchContext } from '../../../shared/agreed-language/passage';
import { ResolutionElement } from '../../../shared/model/guards';
import { paragraphText } from '../../../shared/model/text';
import type { BodyParagraph } from '../../../shared/model/types';

/**
 * What the draft tells the search about the paragraph at `path`: its title and organ (the same subject,
 * last year's resolution first), the paragraphs around it and the kind of paragraph being written.
 */
export function draftContext(editor: Editor, path: Path): SearchContext {
  const title = editor.children.find((n) => Element.isElement(n) && n.type === 'title');
  const header = editor.children.find(ResolutionElement.isHeader);
  const paragraph = Node.get(editor, path) as BodyParagraph;
  const siblings = Node.parent(editor, path).children;
  const index = path[path.length - 1]!;
  const neighbours: string[] = [];
  for (const i of [index - 1, index + 1, index - 2]) {
    const node = siblings[i];
    if (node && ResolutionElement.isParagraph(node)) {
      const text = paragraphText(node.children).trim();
      if (text) neighbours.push(text);
    }
  }
  const context: SearchContext = { neighbours };
  if (title) context.title = Node.string(title);
  if (header?.fields.organ) context.organ = header.fields.organ;
  if (ResolutionElement.isPreambular(paragraph)) context.kind = 'preambular';
  if (ResolutionElement.isOperative(paragraph)) context.kind = 'operative';
  return context;
}

/** The body paragraph holding a collapsed caret at its very end, with its text, or null. */
export function caretAtParagraphEnd(editor: Editor): { paragraph: BodyParagraph; path: Path; text: string } | null {
  const { selection } = editor;
  if (!selection || selection.anchor.offset !== selection.focus.offset || selection.anchor.path.join() !== selection.focus.path.join()) return null;
  const entry = Editor.above(editor, { at: selection.focus, match: ResolutionElement.isParagraph, mode: 'lowest' });
  if (!entry) return null;
  const [paragraph, path] = entry as [BodyParagraph, Path];
  if (!Editor.isEnd(editor, selection.focus, path)) return null;
  return { paragraph, path, text: paragraphText(paragraph.children) };
}
