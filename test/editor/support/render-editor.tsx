import { render, type RenderResult } from '@testing-library/react';
import { act } from 'react';
import { Editor, Transforms, type Descendant } from 'slate';
import { Slate } from 'slate-react';
import { ResolutionElement } from '../../../shared/model/guards';
import { createResolutionEditor, loadDocument } from '../../../renderer/editor/create-editor';
import { ResolutionEditor } from '../../../renderer/editor/ResolutionEditor';
import { Outline } from '../../../renderer/features/outline/Outline';

// React's act() warns unless the environment says it supports it
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered extends RenderResult {
  editor: Editor;
}

/** The live editor (same plugin stack as the app) with the page and the outline, in jsdom. */
export function renderEditor(value: Descendant[]): Rendered {
  const editor = createResolutionEditor();
  loadDocument(editor, structuredClone(value));
  const result = render(
    <Slate editor={editor} initialValue={editor.children}>
      <Outline />
      <ResolutionEditor />
    </Slate>,
  );
  return { ...result, editor };
}

export function pathOfId(editor: Editor, id: string) {
  const [entry] = Editor.nodes(editor, { at: [], match: (n) => ResolutionElement.isParagraph(n) && n.id === id });
  if (!entry) throw new Error(`no paragraph ${id}`);
  return entry[1];
}

/** Puts the caret at the end of paragraph `id` (typing does not reach Slate in jsdom: drive it by API). */
export async function caretAtEnd(editor: Editor, id: string): Promise<void> {
  await act(async () => Transforms.select(editor, Editor.end(editor, pathOfId(editor, id))));
}

/** Runs an editor action inside act(), so React has drawn its result when the promise settles. */
export async function edit(action: () => unknown): Promise<void> {
  await act(async () => {
    await action();
  });
}

/** The derived labels the page shows, in order ("" for paragraphs without one). */
export const labels = (container: HTMLElement): string[] =>
  [...container.querySelectorAll('.document .op')].map((el) => el.getAttribute('data-label') ?? '');
