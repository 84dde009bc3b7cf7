// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEmbedded, makeOperative, makePreambular, makeAdoptingBody } from '../../shared/model/factories';
import { outlineItems } from '../../renderer/features/outline/outline-items';
import { doc, op, pp, sub } from '../support/nodes';
import { caretAtEnd, edit, renderEditor } from './support/render-editor';

afterEach(cleanup);

describe('outline items', () => {
  it('lists PPs, OPs and sub-paragraphs with their public handles', () => {
    const value = doc(pp('p1', 'Recalling', ' its resolution 77/1,'), op('o1', 'Decides', ' x;'), sub('s1', 'To do;'), sub('s2', 'Deeper;', 2), op('o2', 'Urges', ' y.'));
    expect(outlineItems(value).map((i) => [i.label, i.ref, i.depth, i.snippet])).toEqual([
      ['PP1', 'PP1', 0, 'Recalling its resolution…'],
      ['OP1', 'OP1', 0, 'Decides x;'],
      ['(a)', 'OP1(a)', 1, 'To do;'],
      ['(i)', 'OP1(a)(i)', 2, 'Deeper;'],
      ['OP2', 'OP2', 0, 'Urges y.'],
    ]);
  });

  it('shortens long paragraphs and handles a nested resolution', () => {
    const long = 'Decides that the conference shall be held in Vienna at the highest possible level;';
    const value = doc(
      makeOperative('Recommends to the General Assembly the adoption of the following draft resolution:', 0, 'outer'),
      makeEmbedded([makeAdoptingBody('The General Assembly,'), makePreambular('Recalling x,', 'ip1'), makeOperative(long, 0, 'io1')], 'emb'),
    );
    const items = outlineItems(value);
    expect(items.map((i) => i.ref)).toEqual(['OP0.u1', 'PP1', 'OP1']);
    expect(items[2]!.snippet).toBe('Decides that the…');
    // deeper rows have less room
    const deep = outlineItems(doc(op('o1', 'Decides', ' x:'), sub('s1', 'To consider international cooperation;', 2)));
    expect(deep.map((i) => i.snippet)).toEqual(['Decides x:', 'To consider…']);
  });
});

describe('outline panel', () => {
  it('follows edits and moves the caret on click', async () => {
    const { editor } = renderEditor(doc(pp('p1', 'Recalling', ' x,'), op('o1', 'Decides', ' y;'), op('o2', 'Urges', ' z.')));
    const refs = () => within(screen.getByRole('navigation')).getAllByRole('button').map((b) => b.getAttribute('data-ref'));
    expect(refs()).toEqual(['PP1', 'OP1', 'OP2']);
    await caretAtEnd(editor, 'o2');
    await edit(() => editor.insertBreak());
    expect(refs()).toEqual(['PP1', 'OP1', 'OP2', 'OP3']);
    await edit(() => fireEvent.click(screen.getByText('OP1')));
    expect(editor.selection?.anchor.path.slice(0, 1)).toEqual([4]);
    expect(document.querySelector('.outline-item.current [data-ref]')?.getAttribute('data-ref')).toBe('OP1');
  });
});
