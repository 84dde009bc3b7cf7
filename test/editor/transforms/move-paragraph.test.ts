import { describe, expect, it } from 'vitest';
import { canMoveParagraph, moveParagraph, type Direction } from '../../../shared/model/transforms/move-paragraph';
import { doc, op, pp, sub } from '../../support/nodes';
import { caretParagraph, editorAt, shape, type Caret } from './fixture';

const base = doc(
  pp('p1', 'Recalling', ' x,'),
  pp('p2', 'Noting', ' y,'),
  op('o1', 'Decides', ' a;'),
  op('o2', 'Requests', ' b:'),
  sub('s1', 'to c;'),
  sub('s2', 'to d;', 2),
  sub('s3', 'to e;'),
  op('o3', 'Urges', ' f.'),
);

interface Case {
  name: string;
  caret: Caret;
  direction: Direction;
  output: string[] | null;
}

const cases: Case[] = [
  {
    name: 'a PP moves up past the PP before it',
    caret: { id: 'p2', offset: 3 },
    direction: 'up',
    output: ['PP p2 Noting y,', 'PP p1 Recalling x,', 'OP o1 Decides a;', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP2 s2 to d;', 'OP1 s3 to e;', 'OP o3 Urges f.'],
  },
  { name: 'the last PP does not move into the operative part', caret: { id: 'p2' }, direction: 'down', output: null },
  { name: 'the first PP does not move above the formula', caret: { id: 'p1' }, direction: 'up', output: null },
  { name: 'the first OP does not move into the preamble', caret: { id: 'o1' }, direction: 'up', output: null },
  {
    name: 'an OP moves up with its sub-paragraphs',
    caret: { id: 'o2' },
    direction: 'up',
    output: ['PP p1 Recalling x,', 'PP p2 Noting y,', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP2 s2 to d;', 'OP1 s3 to e;', 'OP o1 Decides a;', 'OP o3 Urges f.'],
  },
  {
    name: 'an OP moves down past the next OP and its sub-paragraphs',
    caret: { id: 'o1', offset: -1 },
    direction: 'down',
    output: ['PP p1 Recalling x,', 'PP p2 Noting y,', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP2 s2 to d;', 'OP1 s3 to e;', 'OP o1 Decides a;', 'OP o3 Urges f.'],
  },
  {
    name: 'an (a) moves down past its sibling (b), taking its (i)',
    caret: { id: 's1' },
    direction: 'down',
    output: ['PP p1 Recalling x,', 'PP p2 Noting y,', 'OP o1 Decides a;', 'OP o2 Requests b:', 'OP1 s3 to e;', 'OP1 s1 to c;', 'OP2 s2 to d;', 'OP o3 Urges f.'],
  },
  { name: 'the first (a) stays under its OP', caret: { id: 's1' }, direction: 'up', output: null },
  { name: 'the last (b) does not leave its OP', caret: { id: 's3' }, direction: 'down', output: null },
  { name: 'the last OP cannot move down', caret: { id: 'o3' }, direction: 'down', output: null },
];

describe('moveParagraph (Alt+Shift+Up/Down)', () => {
  it.each(cases)('$name', ({ caret, direction, output }) => {
    const editor = editorAt(base, caret);
    const before = shape(editor.children);
    expect(canMoveParagraph(editor, direction)).toBe(output !== null);
    expect(moveParagraph(editor, direction)).toBe(output !== null);
    expect(shape(editor.children)).toEqual(output ?? before);
    expect(caretParagraph(editor)).toBe(caret.id);
  });

  it('up then down gives the document back', () => {
    const editor = editorAt(base, { id: 'o3' });
    const before = shape(editor.children);
    moveParagraph(editor, 'up');
    moveParagraph(editor, 'down');
    expect(shape(editor.children)).toEqual(before);
  });
});
