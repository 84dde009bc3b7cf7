import fc from 'fast-check';
import { Editor, Text, Transforms, type NodeEntry } from 'slate';
import { ResolutionElement } from '../../../shared/model/guards';
import { makeFootnoteRef, makeOperative, makePreambular } from '../../../shared/model/factories';
import { convertParagraphs } from '../../../shared/model/transforms/convert-paragraph';
import type { BodyParagraph, Level } from '../../../shared/model/types';

/**
 * Random edits for property tests of incremental derivations (the linter, its view): what a delegate does while
 * typing (text anywhere, punctuation at paragraph ends, openers at starts) and what changes the structure
 * (paragraphs inserted, removed, moved, converted PP↔OP, re-levelled, tracked-deleted; footnote markers added and
 * removed). Each is applied through Slate, so that untouched nodes keep their identity as in the editor.
 */
export type RandomEdit =
  | { kind: 'type'; paragraph: number; leaf: number; at: number; text: string }
  | { kind: 'type-end' | 'type-start'; paragraph: number; text: string }
  | { kind: 'delete'; paragraph: number; leaf: number; at: number; length: number }
  | { kind: 'rewrite'; paragraph: number; text: string }
  | { kind: 'insert-paragraph'; paragraph: number; type: 'pp' | 'op' | 'sub'; text: string }
  | { kind: 'remove-paragraph' | 'convert' | 'track-delete'; paragraph: number }
  | { kind: 'move-paragraph'; paragraph: number; to: number }
  | { kind: 'level'; paragraph: number; level: Level }
  | { kind: 'add-ref'; paragraph: number; leaf: number; at: number; footnote: number }
  | { kind: 'remove-ref'; ref: number }
  | { kind: 'title'; text: string };

/** Fragments that trip rules: end marks, also/further, acronyms, spellings, dashes, names, a wrapper clause. */
const FRAGMENTS = ['a', ' ', ',', ';', ':', '.', '  ', 'Also ', 'also ', 'Further ', 'further ', 'Recalling ', 'Welcomes ',
  'UN ', '(UNDP) ', 'UNDP ', 'labor ', ' - ', '—', 'which ', 'Lichtenstein ', 'General Assembly resolution 70/1 ',
  '2008-2014 ', 'Convention on the Rights of the Child ', '; and', 'internet '];
const REWRITES = ['Adopts the following Pact for the Future and its annexes:', 'Recalling also its resolution 70/1,',
  'Welcomes the report;', 'Also welcomes the efforts;', 'Further welcomes the work of the UN;', 'Requests the Secretary-General to report.',
  'Decides to remain seized of the matter.', 'the text of an item;', ''];

const text = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 }));
const paragraph = fc.nat(400);
const fraction = fc.nat(1000);

export const randomEdit: fc.Arbitrary<RandomEdit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('type' as const), paragraph, leaf: fc.nat(5), at: fraction, text }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('type-end' as const, 'type-start' as const), paragraph, text }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), paragraph, leaf: fc.nat(5), at: fraction, length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rewrite' as const), paragraph, text: fc.constantFrom(...REWRITES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert-paragraph' as const), paragraph, type: fc.constantFrom('pp' as const, 'op' as const, 'sub' as const), text: fc.constantFrom(...REWRITES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('remove-paragraph' as const, 'convert' as const, 'track-delete' as const), paragraph }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move-paragraph' as const), paragraph, to: paragraph }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('level' as const), paragraph, level: fc.constantFrom<Level>(0, 1, 2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add-ref' as const), paragraph, leaf: fc.nat(5), at: fraction, footnote: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove-ref' as const), ref: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('title' as const), text }) },
);

const pick = <T,>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
const paragraphs = (editor: Editor): NodeEntry<BodyParagraph>[] => [...Editor.nodes(editor, { at: [], match: ResolutionElement.isParagraph })];
const pointIn = (editor: Editor, entry: NodeEntry<BodyParagraph>, leaf: number, at: number) => {
  const leaves = [...Editor.nodes(editor, { at: entry[1], match: Text.isText })];
  const [node, path] = pick(leaves, leaf)!;
  return { path, offset: Math.floor((at / 1000) * node.text.length) };
};
let fresh = 0;

/**
 * Puts style problems (a lower-case "internet", a double space, a US spelling) in the middle of every paragraph,
 * so that most paragraphs carry diagnostics whose refs a structural edit may renumber.
 */
export function spoil(editor: Editor): void {
  for (const entry of paragraphs(editor).reverse()) Transforms.insertText(editor, ' the internet  labor ', { at: pointIn(editor, entry, 0, 500) });
}

/** Applies one edit; an edit that does not fit the document (no paragraph, no marker) does nothing. */
export function applyEdit(editor: Editor, edit: RandomEdit): void {
  if (edit.kind === 'title') {
    const title = editor.children.findIndex((n) => 'type' in n && n.type === 'title');
    if (title !== -1) Transforms.insertText(editor, edit.text, { at: Editor.end(editor, [title]) });
    return;
  }
  if (edit.kind === 'remove-ref') {
    const refs = [...Editor.nodes(editor, { at: [], match: ResolutionElement.isFootnoteRef, voids: true })];
    const ref = pick(refs, edit.ref);
    if (ref) Transforms.removeNodes(editor, { at: ref[1], voids: true });
    return;
  }
  const entry = pick(paragraphs(editor), edit.paragraph);
  if (!entry) return;
  const [node, path] = entry;
  switch (edit.kind) {
    case 'type':
      return Transforms.insertText(editor, edit.text, { at: pointIn(editor, entry, edit.leaf, edit.at) });
    case 'type-end':
      return Transforms.insertText(editor, edit.text, { at: Editor.end(editor, path) });
    case 'type-start':
      return Transforms.insertText(editor, edit.text, { at: Editor.start(editor, path) });
    case 'delete':
      return Transforms.delete(editor, { at: pointIn(editor, entry, edit.leaf, edit.at), distance: edit.length, unit: 'character' });
    case 'rewrite':
      return Transforms.insertText(editor, edit.text, { at: Editor.range(editor, path) });
    case 'insert-paragraph': {
      const id = `random-${(fresh += 1)}`;
      const made = edit.type === 'pp' ? makePreambular(edit.text, id) : makeOperative(edit.text, edit.type === 'sub' ? 1 : 0, id);
      return Transforms.insertNodes(editor, made, { at: path });
    }
    case 'remove-paragraph':
      return Transforms.removeNodes(editor, { at: path });
    case 'move-paragraph': {
      const to = pick(paragraphs(editor), edit.to)![1];
      if (to.length === path.length) Transforms.moveNodes(editor, { at: path, to });
      return;
    }
    case 'convert':
      Transforms.select(editor, Editor.start(editor, path));
      convertParagraphs(editor);
      return Transforms.deselect(editor);
    case 'track-delete':
      return Transforms.setNodes(editor, { del: node.del ? undefined : { id: 'r1', author: 'Test', date: '2024-01-01T00:00:00Z' } }, { at: path });
    case 'level':
      if (ResolutionElement.isOperative(node)) Transforms.setNodes(editor, { level: edit.level }, { at: path });
      return;
    case 'add-ref': {
      const list = editor.children.find(ResolutionElement.isFootnoteList);
      const footnote = pick(list?.children ?? [], edit.footnote);
      if (footnote) Transforms.insertNodes(editor, makeFootnoteRef(footnote.id), { at: pointIn(editor, entry, edit.leaf, edit.at) });
      return;
    }
  }
}
