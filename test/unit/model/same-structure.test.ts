import { Editor, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { freeText, makeFootnote, makeFootnoteList, makeFootnoteRef } from '../../../shared/model/factories';
import { createHeadlessEditor } from '../../../shared/model/headless';
import { operativeNumbers } from '../../../shared/model/numbering';
import { sameStructure } from '../../../shared/model/same-structure';
import { doc, op, pp, sub } from '../../support/nodes';

/** Header, title, formula, PP [3], OP [4], (a) [5], OP [6], and a footnote list [7] with one note. */
const base = () => {
  const value = doc(pp('p1', 'Recalling', ' its resolution,'), op('o1', 'Decides', ' to act;'), sub('s1', 'To report;'), op('o2', 'Requests', ' a report.'));
  value[7] = makeFootnoteList([makeFootnote(freeText('A note.'), 'f1')]);
  return value;
};

/** An edit through Slate's own transforms, as the editor makes it; whether it changes the structure. */
const edits: [string, (editor: Editor) => void, boolean][] = [
  ['typing a letter', (e) => Transforms.insertText(e, 'x', { at: { path: [4, 0], offset: 3 } }), false],
  ['deleting text', (e) => e.apply({ type: 'remove_text', path: [5, 0], offset: 0, text: 'To ' }), false],
  ['italicising a word', (e) => Transforms.setNodes(e, { italic: true } as never, { at: { anchor: { path: [5, 0], offset: 0 }, focus: { path: [5, 0], offset: 2 } }, match: (n) => 'text' in n, split: true }), false],
  ['demoting an operative paragraph', (e) => Transforms.setNodes(e, { level: 1 } as never, { at: [6] }), true],
  ['making a PP operative', (e) => Transforms.setNodes(e, { type: 'operative-paragraph', level: 0 } as never, { at: [3] }), true],
  ['moving a paragraph', (e) => Transforms.moveNodes(e, { at: [6], to: [4] }), true],
  ['removing a paragraph', (e) => Transforms.removeNodes(e, { at: [5] }), true],
  ['inserting a paragraph', (e) => Transforms.insertNodes(e, sub('s2', 'To add;'), { at: [6] }), true],
  ['marking a paragraph deleted', (e) => Transforms.setNodes(e, { del: { author: 'X', date: '2026-01-01' } } as never, { at: [4] }), true],
  ['inserting a footnote marker', (e) => e.apply({ type: 'insert_node', path: [4, 2], node: makeFootnoteRef('f1') }), true],
];

describe('sameStructure', () => {
  it.each(edits)('%s: structure changed = %s', (_name, edit, changed) => {
    const editor = createHeadlessEditor(base());
    const before: Descendant[] = editor.children;
    Editor.withoutNormalizing(editor, () => edit(editor));
    expect(editor.children).not.toBe(before);
    expect(sameStructure(before, editor.children)).toBe(!changed);
    expect(sameStructure(editor.children, before)).toBe(!changed);
  });

  it('agrees with the numbering it stands in for: unchanged structure, unchanged numbers', () => {
    for (const [, edit, changed] of edits) {
      const editor = createHeadlessEditor(base());
      const before = editor.children;
      Editor.withoutNormalizing(editor, () => edit(editor));
      if (!changed) expect(operativeNumbers(editor.children)).toEqual(operativeNumbers(before));
    }
  });
});
