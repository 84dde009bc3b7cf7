// @vitest-environment jsdom
import { Editor, Transforms, type Descendant } from 'slate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createResolutionEditor, loadDocument } from '../../../renderer/editor/create-editor';
import { useAppStore } from '../../../renderer/state/store';
import { ResolutionElement } from '../../../shared/model/guards';
import { originalText, paragraphText } from '../../../shared/model/text';
import { acceptAll, listChanges, rejectAll } from '../../../shared/revisions/tracked-changes';
import { Preferences } from '../../../shared/settings/preferences';
import { doc, op, pp } from '../../support/nodes';

const value = () => doc(pp('p1', 'Recalling', ' its resolution 74/174,'), op('o1', 'Urges', ' Member States to act;')) as Descendant[];

function editorWith(tracking: boolean, author = 'Mexico') {
  useAppStore.getState().setPreferences(Preferences.parse({ author, trackChanges: tracking }));
  const editor = createResolutionEditor();
  loadDocument(editor, value());
  return editor;
}

const paragraph = (editor: Editor, id: string) => editor.children.filter(ResolutionElement.isParagraph).find((p) => p.id === id)!;
const pathOf = (editor: Editor, id: string) => [...Editor.nodes(editor, { at: [], match: (n) => ResolutionElement.isParagraph(n) && n.id === id })][0]![1];
/** A point `offset` characters into the paragraph's text (all of it, deleted runs included). */
const pointAt = (editor: Editor, id: string, offset: number) => {
  const path = pathOf(editor, id);
  let rest = offset;
  for (const [node, at] of Editor.nodes(editor, { at: path, match: (n) => 'text' in n })) {
    const length = (node as { text: string }).text.length;
    if (rest <= length) return { path: at, offset: rest };
    rest -= length;
  }
  return Editor.end(editor, path);
};
const caret = (editor: Editor, id: string, offset: number) => Transforms.select(editor, pointAt(editor, id, offset));

afterEach(() => useAppStore.getState().setPreferences(Preferences.parse({})));

describe('typing with Track changes on', () => {
  let editor: Editor;
  beforeEach(() => {
    editor = editorWith(true);
  });

  it('records insertions with the author and keeps them one change while typing on', () => {
    caret(editor, 'o1', 26);
    for (const ch of ' now') editor.insertText(ch);
    const o1 = paragraph(editor, 'o1');
    expect(paragraphText(o1.children)).toBe('Urges Member States to act now;');
    expect(originalText(o1.children)).toBe('Urges Member States to act;');
    expect(listChanges(editor.children).map((c) => [c.kind, c.author, c.text])).toEqual([['insert', 'Mexico', ' now']]);
  });

  it('strikes through instead of deleting, skipping text already deleted, as one change', () => {
    caret(editor, 'o1', 19);
    for (let i = 0; i < 7; i += 1) editor.deleteBackward('character');
    const o1 = paragraph(editor, 'o1');
    expect(paragraphText(o1.children)).toBe('Urges Member to act;');
    expect(originalText(o1.children)).toBe('Urges Member States to act;');
    expect(listChanges(editor.children).map((c) => [c.kind, c.text])).toEqual([['delete', ' States']]);
    editor.deleteForward('character');
    expect(paragraphText(paragraph(editor, 'o1').children)).toBe('Urges Memberto act;');
  });

  it('removes outright what the same author typed', () => {
    caret(editor, 'o1', 26);
    for (const ch of ' now') editor.insertText(ch);
    for (let i = 0; i < 4; i += 1) editor.deleteBackward('character');
    expect(listChanges(editor.children)).toEqual([]);
    expect(paragraphText(paragraph(editor, 'o1').children)).toBe('Urges Member States to act;');
  });

  it('marks a selected range deleted and types the replacement as an insertion', () => {
    Transforms.select(editor, { anchor: pointAt(editor, 'o1', 0), focus: pointAt(editor, 'o1', 5) });
    editor.insertText('Calls upon');
    expect(paragraphText(paragraph(editor, 'o1').children)).toBe('Calls upon Member States to act;');
    expect(listChanges(editor.children).map((c) => [c.kind, c.text])).toEqual([['delete', 'Urges'], ['insert', 'Calls upon']]);
    expect(paragraphText(acceptAll(editor.children).filter(ResolutionElement.isParagraph)[1]!.children)).toBe('Calls upon Member States to act;');
    expect(paragraphText(rejectAll(editor.children).filter(ResolutionElement.isParagraph)[1]!.children)).toBe('Urges Member States to act;');
  });

  it('makes Enter at the end of a paragraph a tracked new paragraph, and never merges paragraphs', () => {
    Transforms.select(editor, Editor.end(editor, pathOf(editor, 'o1')));
    editor.insertBreak();
    editor.insertText('Decides to remain seized of the matter.');
    const added = editor.children.filter(ResolutionElement.isParagraph)[2]!;
    expect(added.ins?.author).toBe('Mexico');
    caret(editor, 'o1', 0);
    editor.deleteBackward('character');
    expect(editor.children.filter(ResolutionElement.isParagraph)).toHaveLength(3);
  });
});

describe('with Track changes off', () => {
  it('edits as usual', () => {
    const editor = editorWith(false);
    caret(editor, 'o1', 19);
    editor.deleteBackward('character');
    expect(listChanges(editor.children)).toEqual([]);
    expect(paragraphText(paragraph(editor, 'o1').children)).toBe('Urges Member State to act;');
  });
});
