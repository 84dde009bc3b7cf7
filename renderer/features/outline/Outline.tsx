import { memo, useCallback } from 'react';
import { Editor, type Editor as SlateEditor } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { ResolutionElement } from '../../../shared/model/guards';
import { focusParagraph } from '../../../shared/model/transforms/paragraphs';
import { perValue } from '../../editor/use-derived';
import { outlineItems, sameOutline, type OutlineItem } from './outline-items';

const outlineOf = perValue(outlineItems);

/** Selects the start of the paragraph and brings it into view. */
function goTo(editor: SlateEditor, id: string): void {
  const [entry] = Editor.nodes(editor, { at: [], match: (n) => ResolutionElement.isParagraph(n) && n.id === id });
  if (!entry) return;
  const [node, path] = entry;
  ReactEditor.focus(editor);
  editor.select(Editor.start(editor, path));
  // optional call: not every DOM (jsdom in tests) can scroll
  ReactEditor.toDOMNode(editor, node).scrollIntoView?.({ block: 'center' });
}

const OutlineRow = memo(function OutlineRow({ item, current, onGo }: { item: OutlineItem; current: boolean; onGo: (id: string) => void }) {
  return (
    <li className={`outline-item depth-${item.depth}${current ? ' current' : ''}`}>
      <button type="button" data-ref={item.ref} onMouseDown={(e) => e.preventDefault()} onClick={() => onGo(item.id)}>
        <span className="outline-ref">{item.label}</span> <span className="outline-snippet">{item.snippet || '…'}</span>
        {item.source ? <span className="outline-source">{item.source}</span> : null}
      </button>
    </li>
  );
});

/** The live outline: PP1…PPn, OP1…OPn with their sub-paragraphs; a click moves the caret there. */
export function Outline() {
  const editor = useSlateStatic();
  const items = useSlateSelector((e) => outlineOf(e.children), sameOutline);
  const currentId = useSlateSelector((e) => focusParagraph(e)?.[0].id ?? null);
  const onGo = useCallback((id: string) => goTo(editor, id), [editor]);
  return (
    <nav className="outline" aria-label="Outline">
      <h2>Outline</h2>
      {items.length === 0 ? <p className="muted">No paragraphs yet.</p> : null}
      <ol>
        {items.map((item) => (
          <OutlineRow key={item.id} item={item} current={item.id === currentId} onGo={onGo} />
        ))}
      </ol>
    </nav>
  );
}
