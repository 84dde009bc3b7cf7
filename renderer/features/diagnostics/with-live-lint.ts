import type { Editor } from 'slate';
import { useAppStore } from '../../state/store';
import { lintSignature } from './live-lint';

let signature = '';
let subscribed = false;

function refresh(editor: Editor): void {
  const next = lintSignature(editor);
  if (next === signature) return;
  signature = next;
  useAppStore.getState().bumpDecorations();
}

/**
 * Lints as the delegate types: after every change the incremental linter runs (a few milliseconds) and, when
 * the diagnostics moved, the underlines are drawn again. Switching a rule off or ignoring a diagnostic (the
 * file's settings and ignored list) re-lints too.
 */
export function withLiveLint(editor: Editor): Editor {
  const { onChange } = editor;
  editor.onChange = (options) => {
    onChange(options);
    if (editor.operations.some((op) => op.type !== 'set_selection')) refresh(editor);
  };
  if (!subscribed) {
    subscribed = true;
    let meta = useAppStore.getState().meta;
    useAppStore.subscribe((state) => {
      if (state.meta.settings === meta.settings && state.meta.ignored === meta.ignored) return;
      meta = state.meta;
      signature = '';
      useAppStore.getState().bumpDecorations();
    });
  }
  return editor;
}
