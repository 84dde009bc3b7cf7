// @vitest-environment jsdom
import { Editor, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { createResolutionEditor, loadDocument } from '../../../renderer/editor/create-editor';
import { ResolutionElement } from '../../../shared/model/guards';
import { paragraphText } from '../../../shared/model/text';
import { doc, op, pp } from '../../support/nodes';

function editorWith(value: Descendant[]) {
  const editor = createResolutionEditor();
  loadDocument(editor, structuredClone(value));
  return editor;
}
const texts = (editor: Editor) => editor.children.filter(ResolutionElement.isParagraph).map((p) => paragraphText(p.children));
const endOf = (editor: Editor, index: number) => {
  const paragraphs = editor.children.map((n, i) => [n, i] as const).filter(([n]) => ResolutionElement.isParagraph(n));
  return Editor.end(editor, [paragraphs[index]![1]]);
};

describe('autoformat while typing', () => {
  it('turns straight quotes into curly ones, each change one undo step', () => {
    const editor = editorWith(doc(pp('p1', 'Noting', ' the term'), op('o1', 'Urges', ' States.')));
    Transforms.select(editor, endOf(editor, 0));
    for (const ch of ' "survivor"') editor.insertText(ch);
    expect(texts(editor)[0]).toBe('Noting the term “survivor”');
    editor.undo();
    expect(texts(editor)[0]).toBe('Noting the term “survivor"');
  });

  it('corrects the end punctuation of the paragraph left behind when a new one starts', () => {
    const editor = editorWith(doc(pp('p1', 'Recalling', ' its resolution 74/174,'), op('o1', 'Urges', ' Member States to act.')));
    Transforms.select(editor, endOf(editor, 1));
    editor.insertBreak();
    expect(texts(editor)).toEqual(['Recalling its resolution 74/174,', 'Urges Member States to act;', '']);
    editor.undo();
    expect(texts(editor)).toEqual(['Recalling its resolution 74/174,', 'Urges Member States to act.', '']);
  });

  it('leaves a colon alone: sub-paragraphs may follow', () => {
    const editor = editorWith(doc(pp('p1', 'Recalling', ' its resolution 74/174,'), op('o1', 'Requests', ' the Secretary-General:')));
    Transforms.select(editor, endOf(editor, 1));
    editor.insertBreak();
    expect(texts(editor)[1]).toBe('Requests the Secretary-General:');
  });

  it('leaves a well-punctuated paragraph alone', () => {
    const editor = editorWith(doc(pp('p1', 'Recalling', ' its resolution 74/174,'), op('o1', 'Urges', ' Member States to act.')));
    Transforms.select(editor, endOf(editor, 0));
    editor.insertBreak();
    expect(texts(editor).slice(0, 2)).toEqual(['Recalling its resolution 74/174,', '']);
  });
});
