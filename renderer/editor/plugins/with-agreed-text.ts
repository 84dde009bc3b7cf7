import type { Editor } from 'slate';

/**
 * Provenance belongs to the paragraph that was inserted from agreed text: when it is split (Enter), Slate
 * copies its properties to the new half, which is new text, so the copy loses `source` there.
 */
export function withAgreedText(editor: Editor): Editor {
  const { apply } = editor;
  editor.apply = (op) => {
    if (op.type === 'split_node' && 'source' in op.properties) {
      const { source: _dropped, ...properties } = op.properties as Record<string, unknown>;
      apply({ ...op, properties });
      return;
    }
    apply(op);
  };
  return editor;
}
