// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Slate } from 'slate-react';
import { afterEach, describe, expect, it } from 'vitest';
import { createResolutionEditor, loadDocument } from '../../../renderer/editor/create-editor';
import { ResolutionEditor } from '../../../renderer/editor/ResolutionEditor';
import { DiagnosticsPanel } from '../../../renderer/features/diagnostics/DiagnosticsPanel';
import { useAppStore } from '../../../renderer/state/store';
import { ResolutionElement } from '../../../shared/model/guards';
import { makeFile } from '../../../shared/model/read-file';
import { paragraphText } from '../../../shared/model/text';
import { doc, op, pp } from '../../support/nodes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function setup() {
  const value = doc(pp('p1', 'Recalling', ' access to the internet and the internet;'), op('o1', 'Encourage', ' Member States to act.'));
  const { body: _body, ...meta } = makeFile(value);
  useAppStore.getState().documentLoaded(null, meta, false);
  const editor = createResolutionEditor();
  loadDocument(editor, value);
  const view = render(
    <Slate editor={editor} initialValue={editor.children}>
      <ResolutionEditor />
      <DiagnosticsPanel />
    </Slate>,
  );
  return { editor, view };
}

const texts = (editor: ReturnType<typeof setup>['editor']) => editor.children.filter(ResolutionElement.isParagraph).map((p) => paragraphText(p.children));

afterEach(() => useAppStore.getState().documentLoaded(null, makeFile([]), false));

describe('diagnostics panel and underlines', () => {
  it('underlines flagged text with the message as tooltip, and lists diagnostics by paragraph', () => {
    const { view } = setup();
    const marks = view.container.querySelectorAll('.document .lint-mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['internet', 'internet', ';', 'Encourage']);
    expect(marks[0]!.getAttribute('title')).toBe('UN style writes “Internet” with a capital I.');
    expect(screen.getByLabelText('Diagnostic counts').textContent).toBe('2 errors2 warnings0 notes');
    expect([...view.container.querySelectorAll('.diagnostics-panel .target > h3')].map((h) => h.textContent)).toEqual(['PP1', 'OP1']);
  });

  it('fixes one, all of a kind (one undo step each), and ignores a diagnostic in the document', async () => {
    const { editor, view } = setup();
    const panel = within(view.container.querySelector('.diagnostics-panel') as HTMLElement);
    await act(async () => fireEvent.click(panel.getAllByRole('button', { name: 'Fix' })[2]!));
    expect(texts(editor)[0]).toBe('Recalling access to the internet and the internet,');
    await act(async () => fireEvent.click(panel.getAllByRole('button', { name: 'Fix all of this kind (2)' })[0]!));
    expect(texts(editor)[0]).toBe('Recalling access to the Internet and the Internet,');
    await act(async () => editor.undo());
    expect(texts(editor)[0]).toBe('Recalling access to the internet and the internet,');
    const verb = view.container.querySelector('.diagnostic[data-rule="op-verb-form"]') as HTMLElement;
    await act(async () => fireEvent.click(within(verb).getByRole('button', { name: 'Ignore' })));
    expect(useAppStore.getState().meta.ignored).toEqual([{ rule: 'op-verb-form', target: 'o1', text: 'Encourage' }]);
    expect(view.container.querySelector('.diagnostic[data-rule="op-verb-form"]')).toBeNull();
  });

  it('switches a rule off for the document', async () => {
    const { view } = setup();
    const box = within(view.container.querySelector('details.rules') as HTMLElement).getByLabelText(/cap-internet/);
    await act(async () => fireEvent.click(box));
    expect(useAppStore.getState().meta.settings.disabledRules).toEqual(['cap-internet']);
    expect(view.container.querySelector('.diagnostic[data-rule="cap-internet"]')).toBeNull();
  });
});
