import { Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import { makeAdoptingBody, makeFootnoteList, makeHeader, makeTitle } from '../../../shared/model/factories';
import { ResolutionElement } from '../../../shared/model/guards';
import { insertNext } from '../../../shared/model/transforms/split/insert-next';
import type { TopBlock } from '../../../shared/model/types';
import { doc, op, pp, sub } from '../../support/nodes';
import { caretParagraph, editorAt, shape, type Caret } from './fixture';

const base = doc(
  pp('p1', 'Recalling', ' x,'),
  op('o1', 'Decides', ' a;'),
  op('o2', 'Requests', ' b:'),
  sub('s1', 'to c;'),
  sub('s2', '', 2),
);

/** Fresh ids are random: fixtures write them as "*". */
const anonymous = (lines: string[], known: Set<string>) =>
  lines.map((line) => line.replace(/^(\S+) (\S+)/, (all, kind: string, id: string) => (known.has(id) ? all : `${kind} *`)));

interface Case {
  name: string;
  input?: TopBlock[];
  caret: Caret;
  output: string[];
  /** the paragraph holding the caret afterwards ("*" = the new one) */
  caretIn: string;
}

const cases: Case[] = [
  {
    name: 'Enter at the end of a PP makes an empty PP',
    caret: { id: 'p1', offset: -1 },
    output: ['PP p1 Recalling x,', 'PP *', 'OP o1 Decides a;', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP2 s2'],
    caretIn: '*',
  },
  {
    name: 'Enter in the middle of an OP splits it into two OPs',
    caret: { id: 'o1', offset: 8 },
    output: ['PP p1 Recalling x,', 'OP o1 Decides', 'OP * a;', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP2 s2'],
    caretIn: '*',
  },
  {
    name: 'Enter at the end of (a) makes the next (a)',
    caret: { id: 's1', offset: -1 },
    output: ['PP p1 Recalling x,', 'OP o1 Decides a;', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP1 *', 'OP2 s2'],
    caretIn: '*',
  },
  {
    name: 'Enter on an empty (i) promotes it to (a)',
    caret: { id: 's2' },
    output: ['PP p1 Recalling x,', 'OP o1 Decides a;', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP1 s2'],
    caretIn: 's2',
  },
  {
    name: 'Enter at the start of a paragraph opens an empty one before it; the text keeps its id',
    caret: { id: 'o2' },
    output: ['PP p1 Recalling x,', 'OP o1 Decides a;', 'OP *', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP2 s2'],
    caretIn: 'o2',
  },
  {
    name: 'Enter on an empty last PP starts the operative part',
    input: doc(pp('p1', 'Recalling', ' x,'), pp('p2', '', ''), op('o1', 'Decides', ' a.')),
    caret: { id: 'p2' },
    output: ['PP p1 Recalling x,', 'OP p2', 'OP o1 Decides a.'],
    caretIn: 'p2',
  },
  {
    name: 'Enter over a selection replaces it, then splits',
    caret: { id: 'o1', offset: 7, to: { id: 'o2', offset: 8 } },
    output: ['PP p1 Recalling x,', 'OP o1 Decides', 'OP *  b:', 'OP1 s1 to c;', 'OP2 s2'],
    caretIn: '*',
  },
];

const ids = (value: TopBlock[]) => new Set(value.flatMap((n) => (ResolutionElement.isParagraph(n) ? [n.id] : [])));

describe('insertNext (Enter)', () => {
  it.each(cases)('$name', ({ input, caret, output, caretIn }) => {
    const value = input ?? base;
    const editor = editorAt(value, caret);
    insertNext(editor);
    const known = ids(value);
    expect(anonymous(shape(editor.children), known)).toEqual(output);
    const at = caretParagraph(editor);
    expect(at && known.has(at) ? at : '*').toBe(caretIn);
    const all = editor.children.flatMap((n) => (ResolutionElement.isParagraph(n) ? [n.id] : []));
    expect(new Set(all).size).toBe(all.length);
  });

  it('Enter in the title moves to the adopting body, and from there to the first paragraph', () => {
    const value = [makeHeader(), makeTitle('Oceans'), makeAdoptingBody('The General Assembly,'), pp('p1', 'Recalling', ' x,'), makeFootnoteList()];
    const editor = editorAt(value, { id: 'p1' });
    editor.selection = { anchor: { path: [1, 0], offset: 3 }, focus: { path: [1, 0], offset: 3 } };
    insertNext(editor);
    expect(editor.selection?.focus.path).toEqual([2, 0]);
    insertNext(editor);
    expect(caretParagraph(editor)).toBe('p1');
    expect(editor.children).toHaveLength(value.length);
    expect(Editor.string(editor, [1])).toBe('Oceans');
  });
});
