import { describe, expect, it } from 'vitest';
import { canChangeLevel, changeLevel, type LevelChange } from '../../../shared/model/transforms/change-level';
import type { TopBlock } from '../../../shared/model/types';
import { doc, op, pp, sub } from '../../support/nodes';
import { editorAt, shape, type Caret } from './fixture';

const base = doc(
  pp('p1', 'Recalling', ' x,'),
  op('o1', 'Decides', ' a;'),
  op('o2', 'Requests', ' b:'),
  sub('s1', 'to c;'),
  sub('s2', 'to d;', 2),
  op('o3', 'Urges', ' e;'),
  sub('s3', 'to f;'),
);

interface Case {
  name: string;
  input?: TopBlock[];
  caret: Caret;
  delta: LevelChange;
  /** null: refused, nothing changes */
  output: string[] | null;
}

const cases: Case[] = [
  {
    name: 'Tab is refused when a sub-paragraph of the unit is already (i)',
    caret: { id: 'o2' },
    delta: 1,
    output: null, // s2 is already (i): the unit cannot go deeper
  },
  {
    name: 'Tab demotes an OP and its (a) to (a) and (i)',
    caret: { id: 'o3', offset: 2 },
    delta: 1,
    output: ['PP p1 Recalling x,', 'OP o1 Decides a;', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP2 s2 to d;', 'OP1 o3 Urges e;', 'OP2 s3 to f;'],
  },
  {
    name: 'Tab on the first OP is refused (no parent)',
    caret: { id: 'o1' },
    delta: 1,
    output: null,
  },
  {
    name: 'Tab on a PP is refused',
    caret: { id: 'p1' },
    delta: 1,
    output: null,
  },
  {
    name: 'Shift+Tab promotes (a) to an OP and its (i) to (a)',
    caret: { id: 's1' },
    delta: -1,
    output: ['PP p1 Recalling x,', 'OP o1 Decides a;', 'OP o2 Requests b:', 'OP s1 to c;', 'OP1 s2 to d;', 'OP o3 Urges e;', 'OP1 s3 to f;'],
  },
  {
    name: 'Shift+Tab on an OP is refused',
    caret: { id: 'o1' },
    delta: -1,
    output: null,
  },
  {
    name: 'a selection over two OPs cannot promote them',
    caret: { id: 'o2', to: { id: 'o3', offset: 1 } },
    delta: -1,
    output: null,
  },
  {
    name: 'a selection over two OPs demotes both',
    input: doc(op('o1', 'Decides', ' a;'), op('o2', 'Requests', ' b;'), op('o3', 'Urges', ' c.')),
    caret: { id: 'o2', offset: 1, to: { id: 'o3', offset: 2 } },
    delta: 1,
    output: ['OP o1 Decides a;', 'OP1 o2 Requests b;', 'OP1 o3 Urges c.'],
  },
  {
    name: 'a selection over (i) and the next OP’s (a) is refused when one is an OP',
    caret: { id: 's2', to: { id: 's3' } },
    delta: -1,
    output: null,
  },
  {
    name: 'Shift+Tab on (i) makes it (a)',
    caret: { id: 's2', offset: 3 },
    delta: -1,
    output: ['PP p1 Recalling x,', 'OP o1 Decides a;', 'OP o2 Requests b:', 'OP1 s1 to c;', 'OP1 s2 to d;', 'OP o3 Urges e;', 'OP1 s3 to f;'],
  },
];

describe('changeLevel (Tab / Shift+Tab)', () => {
  it.each(cases)('$name', ({ input, caret, delta, output }) => {
    const editor = editorAt(input ?? base, caret);
    const before = shape(editor.children);
    expect(canChangeLevel(editor, delta)).toBe(output !== null);
    expect(changeLevel(editor, delta)).toBe(output !== null);
    expect(shape(editor.children)).toEqual(output ?? before);
  });

  it('demote then promote gives the document back', () => {
    const editor = editorAt(base, { id: 'o3' });
    const before = shape(editor.children);
    changeLevel(editor, 1);
    changeLevel(editor, -1);
    expect(shape(editor.children)).toEqual(before);
  });
});
