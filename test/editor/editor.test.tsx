// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { Editor } from 'slate';
import { afterEach, describe, expect, it } from 'vitest';
import { freeText, makeFootnote, makeFootnoteList, makeFootnoteRef, makeHeader, makeAdoptingBody, makeTitle, makeOperative, text } from '../../shared/model/factories';
import { ResolutionElement } from '../../shared/model/guards';
import { commands } from '../../renderer/commands/registry';
import { doc, op, pp, sub } from '../support/nodes';
import { caretAtEnd, edit, labels, pathOfId, renderEditor } from './support/render-editor';

afterEach(cleanup);

const draft = doc(pp('p1', 'Recalling', ' its resolution 77/1,'), op('o1', 'Decides', ' to act;'), op('o2', 'Requests', ' a report:'), sub('s1', 'On progress;'), op('o3', 'Urges', ' States.'));

describe('the page in jsdom', () => {
  it('draws derived OP numbers and sub-paragraph letters, and italic openers', () => {
    const { container } = renderEditor(draft);
    expect(labels(container)).toEqual(['1.', '2.', '(a)', '3.']);
    expect([...container.querySelectorAll('.opener')].map((el) => el.textContent)).toEqual(['Recalling', 'Decides', 'Requests', 'Urges']);
    expect(container.querySelector('.op.level-1')?.textContent).toBe('On progress;');
  });

  it('Tab (demote) renumbers what follows; undo puts it back', async () => {
    const { container, editor } = renderEditor(draft);
    await caretAtEnd(editor, 'o3');
    await edit(() => commands['paragraph.demote'].run(editor));
    expect(labels(container)).toEqual(['1.', '2.', '(a)', '(b)']);
    await edit(() => commands['edit.undo'].run(editor));
    expect(labels(container)).toEqual(['1.', '2.', '(a)', '3.']);
    await edit(() => commands['edit.redo'].run(editor));
    expect(labels(container)).toEqual(['1.', '2.', '(a)', '(b)']);
  });

  it('Enter makes the next paragraph of the same kind, with a fresh id', async () => {
    const { container, editor } = renderEditor(draft);
    await caretAtEnd(editor, 's1');
    await edit(() => editor.insertBreak());
    await edit(() => editor.insertText('On funding;'));
    expect(labels(container)).toEqual(['1.', '2.', '(a)', '(b)', '3.']);
    const ids = [...container.querySelectorAll('.document [data-id]')].map((el) => el.getAttribute('data-id'));
    expect(new Set(ids).size).toBe(ids.length);
    await caretAtEnd(editor, 'p1');
    await edit(() => editor.insertBreak());
    await edit(() => editor.insertText('Noting x,'));
    expect(container.querySelectorAll('.pp')).toHaveLength(2);
    expect([...container.querySelectorAll('.pp .opener')].map((el) => el.textContent)).toEqual(['Recalling', 'Noting']);
  });

  it('converts a paragraph and moves it with its sub-paragraphs', async () => {
    const { container, editor } = renderEditor(draft);
    await caretAtEnd(editor, 'o2');
    await edit(() => commands['paragraph.moveUp'].run(editor));
    expect([...container.querySelectorAll('.op')].map((el) => el.getAttribute('data-id'))).toEqual(['o2', 's1', 'o1', 'o3']);
    await caretAtEnd(editor, 'o1');
    await edit(() => commands['paragraph.toggleKind'].run(editor));
    expect([...container.querySelectorAll('.pp')].map((el) => el.getAttribute('data-id'))).toEqual(['p1', 'o1']);
    expect(labels(container)).toEqual(['1.', '(a)', '2.']);
  });

  it('edits the header through the form, in the same undo history', async () => {
    const { container, editor } = renderEditor(draft);
    const symbol = container.querySelector<HTMLInputElement>('input[name="symbol"]')!;
    await edit(() => fireEvent.change(symbol, { target: { value: 'A/81/L.7' } }));
    await edit(() => fireEvent.change(symbol, { target: { value: 'A/81/L.72' } }));
    expect(editor.children[0]).toMatchObject({ type: 'header', fields: { symbol: 'A/81/L.72' } });
    await edit(() => fireEvent.click(screen.getByRole('button', { name: 'Add sponsor' })));
    await edit(() => fireEvent.change(screen.getByLabelText('Sponsor 1'), { target: { value: 'Chile' } }));
    expect(editor.children[0]).toMatchObject({ sponsors: [{ name: 'Chile', role: 'main' }] });
    await edit(() => editor.undo()); // the sponsor's name
    await edit(() => editor.undo()); // the added row
    await edit(() => editor.undo()); // both keystrokes in the symbol field: one step
    expect(editor.children[0]).toMatchObject({ fields: { symbol: null }, sponsors: [] });
    expect(container.querySelector<HTMLInputElement>('input[name="symbol"]')!.value).toBe('');
  });

  it('shows footnote markers as superscript derived numbers, in order of reference', async () => {
    const value = [
      makeHeader(),
      makeTitle('T'),
      makeAdoptingBody('The General Assembly,'),
      makeOperative([text('Decides x'), makeFootnoteRef('fb'), text(' and y'), makeFootnoteRef('fa'), text(';')], 0, 'o1'),
      makeFootnoteList([makeFootnote(freeText('First body.'), 'fa'), makeFootnote(freeText('Second body.'), 'fb')]),
    ];
    const { container, editor } = renderEditor(value);
    const markers = () => [...container.querySelectorAll('sup.footnote-ref > [contenteditable="false"]')].map((el) => el.textContent);
    expect(markers()).toEqual(['1', '2']);
    expect(container.querySelector('[data-footnote="fb"] > [contenteditable="false"]')?.textContent).toBe('1');
    expect(container.querySelector('.footnote[data-id="fb"] .footnote-number')?.textContent).toBe('1');
    // deleting the first marker renumbers the other
    const [marker] = Editor.nodes(editor, { at: pathOfId(editor, 'o1'), match: (n) => ResolutionElement.isFootnoteRef(n) && n.footnoteId === 'fb' });
    await edit(() => editor.apply({ type: 'remove_node', path: marker![1], node: marker![0] }));
    expect(markers()).toEqual(['1']);
    expect(container.querySelector('.footnote[data-id="fb"]')?.classList.contains('unreferenced')).toBe(true);
  });
});
