// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Editor, Transforms, type Descendant } from 'slate';
import { Slate } from 'slate-react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createResolutionEditor, loadDocument } from '../../../renderer/editor/create-editor';
import { NegotiationPanel } from '../../../renderer/features/negotiation/NegotiationPanel';
import { useNegotiationView } from '../../../renderer/features/negotiation/store';
import { useAppStore } from '../../../renderer/state/store';
import { ResolutionElement } from '../../../shared/model/guards';
import { makeFile } from '../../../shared/model/read-file';
import { paragraphText } from '../../../shared/model/text';
import { Preferences } from '../../../shared/settings/preferences';
import { doc, op, pp } from '../../support/nodes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const draft = () =>
  doc(
    pp('p1', 'Recalling', ' the Millennium Declaration,'),
    op('o1', 'Welcomes', ' the report of the Secretary-General;'),
    op('o2', 'Calls upon', ' Member States to implement the outcomes of the World Summit;'),
  ) as Descendant[];

function mount() {
  const editor = createResolutionEditor();
  loadDocument(editor, draft());
  const { body: _body, ...meta } = makeFile(draft());
  useAppStore.getState().documentLoaded(null, meta, false);
  useAppStore.getState().setPreferences(Preferences.parse({ author: 'Mexico', delegation: 'Mexico' }));
  useNegotiationView.setState({ tab: 'revisions', compareA: '', compareB: 'current', openOnly: false });
  render(
    <Slate editor={editor} initialValue={editor.children}>
      <NegotiationPanel />
    </Slate>,
  );
  return editor;
}

const paragraphs = (editor: Editor) => editor.children.filter(ResolutionElement.isParagraph).map((p) => paragraphText(p.children));
const tab = (name: string) => act(async () => fireEvent.click(screen.getByRole('tab', { name })));
const pathOf = (editor: Editor, id: string) => [...Editor.nodes(editor, { at: [], match: (n) => ResolutionElement.isParagraph(n) && n.id === id })][0]![1];

afterEach(cleanup);

describe('the Revisions and proposals panel', () => {
  let editor: Editor;
  beforeEach(() => {
    editor = mount();
  });

  it('saves a named revision, compares it with the edited text, and restores it without losing the edit', async () => {
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save named revision' })));
    expect(useAppStore.getState().meta.revisions.map((r) => r.label)).toEqual(['zero draft']);
    await act(async () => {
      Transforms.select(editor, Editor.end(editor, pathOf(editor, 'o1')));
      editor.insertBreak();
      editor.insertText('Decides to act;');
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Compare with current' })));
    const map = screen.getByRole('table', { name: 'Old numbers to new numbers' });
    expect(within(map).getAllByRole('row').map((r) => r.textContent)).toEqual(['OldNew', 'PP1PP1', 'OP1OP1', 'OP2OP3', 'newOP2']);
    await tab('Revisions');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Restore' })));
    expect(paragraphs(editor)).toHaveLength(3);
    expect(useAppStore.getState().meta.revisions.map((r) => r.label)).toEqual(['zero draft', 'Before restoring zero draft']);
  });

  it('tables two proposals on one OP, settles them, and applies the outcome as Rev.1', async () => {
    await tab('Proposals');
    const o2 = pathOf(editor, 'o2');
    const start = Editor.start(editor, o2);
    const [, textPath] = [...Editor.nodes(editor, { at: o2, match: (n) => 'text' in n })][1]!;
    await act(async () => Transforms.select(editor, { path: textPath, offset: ' Member States to implement the outcomes of '.length }));
    fireEvent.change(screen.getByLabelText('Delegations'), { target: { value: 'EU; African Group' } });
    fireEvent.change(screen.getByLabelText('Words'), { target: { value: 'the 2000 Millennium Summit and' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Table proposal' })));
    await act(async () => Transforms.select(editor, start));
    fireEvent.change(screen.getByLabelText('Delegations'), { target: { value: 'Cuba' } });
    fireEvent.change(screen.getByLabelText('Proposal'), { target: { value: 'delete-paragraph' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Table proposal' })));
    expect(document.querySelector('.compilation li[data-label="OP2"]')?.textContent).toBe(
      'OP2 [Cuba: delete paragraph] Calls upon Member States to implement the outcomes of [EU; African Group: add: the 2000 Millennium Summit and] the World Summit;',
    );

    fireEvent.change(screen.getByLabelText('Status of the proposal by EU; African Group'), { target: { value: 'agreed-ad-ref' } });
    fireEvent.change(screen.getByLabelText('Status of the proposal by Cuba'), { target: { value: 'withdrawn' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Apply outcome/ })));
    expect(paragraphs(editor)[2]).toBe('Calls upon Member States to implement the outcomes of the 2000 Millennium Summit and the World Summit;');
    expect(useAppStore.getState().meta.revisions.map((r) => r.label)).toEqual(['compilation before Rev.1', 'Rev.1']);
    expect(useAppStore.getState().meta.proposals).toEqual([]);
    expect(screen.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('the 2000 Millennium Summit and', { exact: false, selector: 'ins' })).toBeTruthy();
  });

  it('switches track changes on and accepts one author’s changes', async () => {
    await tab('Changes');
    await act(async () => fireEvent.click(screen.getByRole('checkbox', { name: /Track changes/ })));
    expect(useAppStore.getState().preferences.trackChanges).toBe(true);
    await act(async () => {
      Transforms.select(editor, Editor.end(editor, pathOf(editor, 'p1')));
      editor.deleteBackward('character');
      editor.insertText(';');
    });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent?.split(':')[0])).toEqual(['PP1 inserted', 'PP1 deleted']);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Accept Mexico' })));
    expect(paragraphs(editor)[0]).toBe('Recalling the Millennium Declaration;');
    expect(screen.getByText('No tracked changes.')).toBeTruthy();
  });
});
