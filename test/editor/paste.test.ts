// @vitest-environment jsdom
import { Editor, Node, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { ResolutionElement } from '../../shared/model/guards';
import { createResolutionEditor, loadDocument } from '../../renderer/editor/create-editor';
import { doc, op, pp } from '../support/nodes';

/** A clipboard as the browser hands it over; only the parts Slate reads. */
const clipboard = (data: Record<string, string>) =>
  ({ types: Object.keys(data), getData: (type: string) => data[type] ?? '' }) as unknown as DataTransfer;

function editorAtEndOf(index: number) {
  const editor = createResolutionEditor();
  loadDocument(editor, structuredClone(doc(pp('p1', 'Recalling', ' x,'), op('o1', 'Decides', ' y;'))));
  Transforms.select(editor, Editor.end(editor, [index]));
  return editor;
}

const body = (editor: Editor) =>
  editor.children.flatMap((n) => (ResolutionElement.isParagraph(n) ? [`${n.type === 'operative-paragraph' ? `OP${n.level}` : n.type === 'preambular-paragraph' ? 'PP' : 'P'} ${Node.string(n)}`] : []));

describe('pasting from outside Penholder', () => {
  it('inserts one paragraph’s words at the caret', () => {
    const editor = editorAtEndOf(4);
    editor.insertData(clipboard({ 'text/plain': ' and urges States to act' }));
    expect(body(editor)).toEqual(['PP Recalling x,', 'OP0 Decides y; and urges States to act']);
  });

  it('recognizes paragraphs, openers and sub-paragraphs, and files a PP into the preamble', () => {
    const editor = editorAtEndOf(4);
    const text = 'Noting the report of the Secretary-General,\n\nUrges States to act:\n\n(a) To report;\n\n(b) To consult.';
    editor.insertData(clipboard({ 'text/plain': text }));
    expect(body(editor)).toEqual([
      'PP Recalling x,',
      'PP Noting the report of the Secretary-General,',
      'OP0 Decides y;',
      'OP0 Urges States to act:',
      'OP1 To report;',
      'OP1 To consult.',
    ]);
    const noting = editor.children.find((n) => ResolutionElement.isPreambular(n) && Node.string(n).startsWith('Noting'));
    expect(noting && 'children' in noting ? noting.children[0] : null).toEqual({ text: 'Noting', opener: true });
    const ids = editor.children.flatMap((n) => (ResolutionElement.isParagraph(n) ? [n.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads Word-like HTML, and one undo takes the whole paste back', () => {
    const editor = editorAtEndOf(4);
    const before = body(editor);
    editor.insertData(clipboard({ 'text/html': '<p><i>Welcoming</i> the report,</p><p>1. <i>Invites</i> all States to act;</p>', 'text/plain': 'x' }));
    expect(body(editor)).toEqual(['PP Recalling x,', 'PP Welcoming the report,', 'OP0 Decides y;', 'OP0 Invites all States to act;']);
    editor.undo();
    expect(body(editor)).toEqual(before);
  });
});
