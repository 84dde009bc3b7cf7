import { describe, expect, it } from 'vitest';
import { conversionTarget, convertParagraphs } from '../../../shared/model/transforms/convert-paragraph';
import type { TopBlock } from '../../../shared/model/types';
import { doc, op, pp, sub } from '../../support/nodes';
import { caretParagraph, editorAt, shape, type Caret } from './fixture';

const base = doc(
  pp('p1', 'Recalling', ' x,'),
  pp('p2', 'Noting', ' y,'),
  pp('p3', 'Welcoming', ' z,'),
  op('o1', 'Decides', ' a;'),
  op('o2', 'Requests', ' b:'),
  sub('s1', 'to c;'),
  sub('s2', 'to d;', 2),
  op('o3', 'Urges', ' e.'),
);

interface Case {
  name: string;
  input?: TopBlock[];
  caret: Caret;
  output: string[] | null;
}

const cases: Case[] = [
  {
    name: 'the last PP becomes the first OP in place',
    caret: { id: 'p3', offset: 4 },
    output: ['PP p1 Recalling x,', 'PP p2 Noting y,', 'OP p3 Welcoming z,', 'OP o1 Decides a;', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP2 s2 to d;', 'OP o3 Urges e.'],
  },
  {
    name: 'a PP in the middle of the preamble moves to the start of the operative part',
    caret: { id: 'p1' },
    output: ['PP p2 Noting y,', 'PP p3 Welcoming z,', 'OP p1 Recalling x,', 'OP o1 Decides a;', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP2 s2 to d;', 'OP o3 Urges e.'],
  },
  {
    name: 'two selected PPs move together, in order',
    caret: { id: 'p1', to: { id: 'p2', offset: 2 } },
    output: ['PP p3 Welcoming z,', 'OP p1 Recalling x,', 'OP p2 Noting y,', 'OP o1 Decides a;', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP2 s2 to d;', 'OP o3 Urges e.'],
  },
  {
    name: 'an OP becomes the last PP and its sub-paragraphs move up a level',
    caret: { id: 'o2' },
    output: ['PP p1 Recalling x,', 'PP p2 Noting y,', 'PP p3 Welcoming z,', 'PP o2 Requests b:', 'OP o1 Decides a;', 'OP s1 to c;', 'OP1 s2 to d;', 'OP o3 Urges e.'],
  },
  {
    name: 'the first OP becomes a PP where it stands',
    caret: { id: 'o1', offset: -1 },
    output: ['PP p1 Recalling x,', 'PP p2 Noting y,', 'PP p3 Welcoming z,', 'PP o1 Decides a;', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP2 s2 to d;', 'OP o3 Urges e.'],
  },
  {
    name: 'a PP of a document without operative part becomes its OP',
    input: doc(pp('p1', 'Recalling', ' x,'), pp('p2', 'Noting', ' y,')),
    caret: { id: 'p1' },
    output: ['PP p2 Noting y,', 'OP p1 Recalling x,'],
  },
];

describe('convertParagraphs (PP ↔ OP)', () => {
  it.each(cases)('$name', ({ input, caret, output }) => {
    const editor = editorAt(input ?? base, caret);
    expect(convertParagraphs(editor)).toBe(output !== null);
    expect(shape(editor.children)).toEqual(output);
    expect(caretParagraph(editor)).toBe(caret.to?.id ?? caret.id);
  });

  it('re-detects the opener for the new kind', () => {
    const editor = editorAt(doc(pp('p1', 'Recalling', ' x,'), op('o1', 'Decides', ' a.')), { id: 'o1' });
    expect(conversionTarget(editor)).toBe('preambular');
    convertParagraphs(editor);
    const converted = editor.children.find((n) => 'id' in n && n.id === 'o1');
    expect(converted).toMatchObject({ type: 'preambular-paragraph' });
    expect(converted && 'level' in converted).toBe(false);
  });

  it('converting twice gives the document back when the paragraph sits at the boundary', () => {
    const editor = editorAt(base, { id: 'p3' });
    const before = shape(editor.children);
    convertParagraphs(editor);
    convertParagraphs(editor);
    expect(shape(editor.children)).toEqual(before);
  });

  it('is refused outside PPs and OPs', () => {
    const editor = editorAt(base, { id: 'p1' });
    editor.selection = { anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 0], offset: 0 } };
    expect(conversionTarget(editor)).toBeNull();
    expect(convertParagraphs(editor)).toBe(false);
  });
});
