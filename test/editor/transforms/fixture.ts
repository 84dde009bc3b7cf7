import { Editor, Node, Text, Transforms, type Descendant } from 'slate';
import { ResolutionElement } from '../../../shared/model/guards';
import { createHeadlessEditor } from '../../../shared/model/headless';

/**
 * Transform fixtures: a value, a caret (paragraph id + offset, or an anchor/focus pair of them), a run;
 * compared through `shape`, one line per body paragraph: "PP p1 Recalling x," / "OP1 s1 To do;".
 */
export interface Caret {
  id: string;
  offset?: number;
  /** select from this caret to `to` */
  to?: { id: string; offset?: number };
}

function pathOf(editor: Editor, id: string) {
  const [entry] = Editor.nodes(editor, { at: [], match: (n) => ResolutionElement.isParagraph(n) && n.id === id });
  if (!entry) throw new Error(`fixture has no paragraph ${id}`);
  return entry[1];
}

/** The point `offset` characters into the paragraph; -1 is its end. */
function pointIn(editor: Editor, id: string, offset = 0) {
  const path = pathOf(editor, id);
  if (offset < 0) return Editor.end(editor, path);
  let left = offset;
  for (const [node, textPath] of Editor.nodes(editor, { at: path, match: Text.isText })) {
    if (node.text.length >= left) return { path: textPath, offset: left };
    left -= node.text.length;
  }
  return Editor.end(editor, path);
}

export function editorAt(value: Descendant[], caret: Caret): Editor {
  const editor = createHeadlessEditor(structuredClone(value));
  Editor.normalize(editor, { force: true });
  const anchor = pointIn(editor, caret.id, caret.offset ?? 0);
  const focus = caret.to ? pointIn(editor, caret.to.id, caret.to.offset ?? 0) : anchor;
  Transforms.select(editor, { anchor, focus });
  return editor;
}

const kindOf = (node: Descendant): string => {
  if (ResolutionElement.isPreambular(node)) return 'PP';
  if (ResolutionElement.isOperative(node)) return `OP${node.level === 0 ? '' : node.level}`;
  return 'P';
};

/** One line per body paragraph, in document order (embedded resolutions flattened). */
export function shape(value: readonly Descendant[]): string[] {
  const out: string[] = [];
  for (const node of value) {
    if (ResolutionElement.isEmbedded(node)) out.push(...shape(node.children).map((line) => `> ${line}`));
    else if (ResolutionElement.isParagraph(node)) out.push(`${kindOf(node)} ${node.id} ${Node.string(node)}`.trimEnd());
  }
  return out;
}

/** The id of the paragraph holding the caret after the run. */
export function caretParagraph(editor: Editor): string | null {
  const [entry] = editor.selection ? Editor.nodes(editor, { at: editor.selection.focus, match: ResolutionElement.isParagraph }) : [];
  return entry && ResolutionElement.isParagraph(entry[0]) ? entry[0].id : null;
}
