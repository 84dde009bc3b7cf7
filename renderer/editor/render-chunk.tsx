import type { RenderChunkProps } from 'slate-react';

/**
 * A chunk of top-level blocks. The lowest chunks get `content-visibility: auto` (page.css): while off
 * screen the browser skips their style, layout and paint, which keeps typing in a long draft one frame fast.
 */
export function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  return (
    <div {...attributes} className={lowest ? 'chunk lowest' : 'chunk'}>
      {children}
    </div>
  );
}
