import { Editor, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { makeFootnote, makeFootnoteRef, freeText, makeOperative, makePreambular } from '../../../shared/model/factories';
import { createHeadlessEditor, normalizeValue } from '../../../shared/model/headless';
import type { TopBlock } from '../../../shared/model/types';
import { doc, op, pp, sub } from '../../support/nodes';

const body = (value: Descendant[]) => value.filter((n) => 'id' in n).map((n) => ('id' in n ? n.id : ''));

interface Case {
  name: string;
  input: TopBlock[];
  check: (out: Descendant[]) => void;
}

const cases: Case[] = [
  {
    name: 'moves a late preambular paragraph before the first operative one',
    input: doc(pp('p1', 'Recalling', ' x,'), op('o1', 'Decides', ' y;'), pp('p2', 'Noting', ' z,'), op('o2', 'Urges', ' w.')),
    check: (out) => expect(body(out)).toEqual(['p1', 'p2', 'o1', 'o2']),
  },
  {
    name: 'raises a sub-paragraph that has no operative parent',
    input: doc(pp('p1', 'Recalling', ' x,'), sub('s1', 'To do;'), op('o1', 'Decides', ' y.'), sub('s2', 'Deep', 2)),
    check: (out) => {
      const levels = out.filter((n) => 'level' in n).map((n) => ('level' in n ? n.level : -1));
      expect(levels).toEqual([0, 0, 1]);
    },
  },
  {
    name: 're-detects the opener of a paragraph whose mark was lost',
    input: doc(makePreambular('Recalling also its resolution,', 'p1'), makeOperative('Also urges States;', 0, 'o1')),
    check: (out) => {
      const pp1 = out.find((n) => 'id' in n && n.id === 'p1');
      expect(pp1 && 'children' in pp1 ? pp1.children[0] : null).toEqual({ text: 'Recalling also', opener: true });
      const op1 = out.find((n) => 'id' in n && n.id === 'o1');
      expect(op1 && 'children' in op1 ? op1.children[0] : null).toEqual({ text: 'Also urges', opener: true });
    },
  },
  {
    name: 'removes an opener mark that covers too much',
    input: doc(makePreambular([{ text: 'Recalling its', opener: true }, { text: ' resolution,' }], 'p1')),
    check: (out) => {
      const pp1 = out.find((n) => 'id' in n && n.id === 'p1');
      expect(pp1 && 'children' in pp1 ? pp1.children : null).toEqual([
        { text: 'Recalling', opener: true },
        { text: ' its resolution,' },
      ]);
    },
  },
  {
    name: 'adds a missing header and footnote list',
    input: [makePreambular('Noting x,', 'p1')],
    check: (out) => {
      expect(out[0]).toMatchObject({ type: 'header' });
      expect(out[out.length - 1]).toMatchObject({ type: 'footnote-list' });
    },
  },
  {
    name: 'drops a footnote marker whose footnote does not exist, keeps one that does',
    input: [
      ...doc(makePreambular([{ text: 'Recalling x' }, makeFootnoteRef('fn-1'), { text: ' and y' }, makeFootnoteRef('gone'), { text: ',' }], 'p1')).slice(0, -1),
      { type: 'footnote-list', children: [makeFootnote(freeText('A note.'), 'fn-1')] },
    ],
    check: (out) => {
      const refs = JSON.stringify(out).match(/footnote-ref/g) ?? [];
      expect(refs).toHaveLength(1);
    },
  },
];

describe('structure normalizers', () => {
  it.each(cases)('$name', ({ input, check }) => check(normalizeValue(input)));

  it('converges on a malformed document in a few passes', () => {
    const messy: Descendant[] = [
      op('o1', 'Decides', ' y;'),
      sub('s0', 'orphan', 2),
      pp('p1', 'Recalling', ' x,'),
      makeFootnote(freeText('stray'), 'f1'),
      pp('p2', 'Noting', ' z,'),
      op('o2', 'Urges', ' w.'),
      sub('s1', 'deep', 2),
    ];
    const editor = createHeadlessEditor(messy);
    let passes = 0;
    const { normalizeNode } = editor;
    editor.normalizeNode = (entry, options) => {
      passes += 1;
      normalizeNode(entry, options);
    };
    Editor.normalize(editor, { force: true });
    expect(body(editor.children)).toEqual(['p1', 'p2', 'o1', 's0', 'o2', 's1']);
    expect(passes).toBeLessThan(200);
    const again = JSON.stringify(editor.children);
    Editor.normalize(editor, { force: true });
    expect(JSON.stringify(editor.children)).toBe(again);
  });
});
