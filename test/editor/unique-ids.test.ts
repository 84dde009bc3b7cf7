// @vitest-environment jsdom
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { ResolutionElement } from '../../shared/model/guards';
import { createResolutionEditor, loadDocument } from '../../renderer/editor/create-editor';
import { doc, op, pp } from '../support/nodes';

const ids = (editor: Editor) => editor.children.flatMap((n) => (ResolutionElement.isParagraph(n) ? [n.id] : []));

function editorWith() {
  const editor = createResolutionEditor();
  loadDocument(editor, structuredClone(doc(pp('p1', 'Recalling', ' x,'), op('o1', 'Decides', ' to act now;'), op('o2', 'Urges', ' y.'))));
  return editor;
}

describe('paragraph ids stay unique in the live editor', () => {
  it('a plain Slate split gives the second half a fresh id', () => {
    const editor = editorWith();
    Transforms.splitNodes(editor, { at: { path: [4, 1], offset: 7 }, match: ResolutionElement.isOperative });
    expect(ids(editor)).toHaveLength(4);
    expect(new Set(ids(editor)).size).toBe(4);
    expect(ids(editor).slice(0, 2)).toEqual(['p1', 'o1']);
  });

  it('undoing a merge brings the paragraph back under its own id; redo and undo keep ids stable', () => {
    const editor = editorWith();
    Transforms.select(editor, Editor.start(editor, [5]));
    editor.deleteBackward('character');
    expect(ids(editor)).toEqual(['p1', 'o1']);
    editor.undo();
    expect(ids(editor)).toEqual(['p1', 'o1', 'o2']);
    editor.redo();
    editor.undo();
    expect(ids(editor)).toEqual(['p1', 'o1', 'o2']);
  });

  it('a pasted copy of a paragraph gets a new id, the original keeps its own', () => {
    const editor = editorWith();
    const copy = structuredClone(editor.children[4]!);
    Transforms.insertNodes(editor, copy, { at: [6] });
    const all = ids(editor);
    expect(all.slice(0, 3)).toEqual(['p1', 'o1', 'o2']);
    expect(all[3]).not.toBe('o1');
    expect(new Set(all).size).toBe(4);
  });

  it('redo of a split replays the same fresh id', () => {
    const editor = editorWith();
    Transforms.select(editor, Editor.end(editor, [4]));
    editor.insertBreak();
    const afterSplit = ids(editor);
    editor.undo();
    editor.redo();
    expect(ids(editor)).toEqual(afterSplit);
  });
});
