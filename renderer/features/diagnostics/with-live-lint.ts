import type { Editor } from 'slate';
import { useAppStore } from '../../state/store';
import { lintSignature, settle, unsettle } from './live-lint';

let signature = '';
let subscribed = false;
let timer: ReturnType<typeof setTimeout> | null = null;

/** Typing pauses longer than this re-lint; a keystroke itself never waits for the linter. */
const PAUSE_MS = 120;

function schedule(editor: Editor): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    refresh(editor);
  }, PAUSE_MS);
}

function refresh(editor: Editor): void {
  settle(editor);
  const next = lintSignature(editor);
  if (next === signature) return;
  signature = next;
  useAppStore.getState().bumpDecorations();
}

/**
 * Lints as the delegate types: at each pause in typing the incremental linter runs (a few milliseconds) and,
 * when the diagnostics moved, the underlines are drawn again. Switching a rule off or ignoring a diagnostic (the
 * file's settings and ignored list) re-lints too.
 */
export function withLiveLint(editor: Editor): Editor {
  const { onChange } = editor;
  editor.onChange = (options) => {
    onChange(options);
    if (editor.operations.some((op) => op.type !== 'set_selection')) schedule(editor);
  };
  if (!subscribed) {
    subscribed = true;
    let meta = useAppStore.getState().meta;
    useAppStore.subscribe((state) => {
      if (state.meta.settings === meta.settings && state.meta.ignored === meta.ignored) return;
      meta = state.meta;
      signature = '';
      unsettle();
      useAppStore.getState().bumpDecorations();
    });
  }
  return editor;
}
