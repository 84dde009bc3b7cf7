// @vitest-environment jsdom
import { Editor, Node, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { ResolutionElement } from '../../shared/model/guards';
import { createResolutionEditor, loadDocument } from '../../renderer/editor/create-editor';
import { doc, op, pp } from '../support/nodes';

/** A clipboard as the browser hands it over; only the parts Slate reads. */
const clipboard = (data: Record<string, string>) =>
  ({ types: Object.keys(data), getData: (type: string) => data[type] ?? '' }) as unknown as DataTransfer;

describe('pasting plain text', () => {
  it('makes one paragraph of the current kind per line', () => {
    const editor = createResolutionEditor();
    loadDocument(editor, structuredClone(doc(pp('p1', 'Recalling', ' x,'), op('o1', 'Decides', ' y;'))));
    Transforms.select(editor, Editor.end(editor, [4]));
    editor.insertData(clipboard({ 'text/plain': ' and z;\r\n\r\nRequests the   Secretary-General to report;\nUrges States' }));
    const ops = editor.children.filter(ResolutionElement.isOperative);
    expect(ops.map((p) => Node.string(p))).toEqual(['Decides y; and z;', 'Requests the Secretary-General to report;', 'Urges States']);
    expect(ops[1]!.children[0]).toEqual({ text: 'Requests', opener: true });
    expect(new Set(ops.map((p) => p.id)).size).toBe(3);
  });
});
