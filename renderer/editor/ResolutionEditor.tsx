import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { Editable, ReactEditor, useSlateStatic } from 'slate-react';
import { handleShortcut } from '../commands/keydown';
import { useAppStore } from '../state/store';
import { decorateWith } from './decorate';
import { hideEditableFromReactSelection } from './hide-editable-from-react-selection';
import { handleNavigationKey } from './navigation-keys';
import { renderChunk } from './render-chunk';
import { renderElement } from './render-element';
import { renderLeaf } from './render-leaf';
import { scrollCaretIntoView } from './scroll-caret-into-view';

/** True when the event target is the document text (not an input of the header form). */
const isText = (editor: ReactEditor, target: EventTarget): boolean => ReactEditor.hasEditableTarget(editor, target);

/** The page: the Slate value drawn like a UN document, keys bound to the command registry. */
export function ResolutionEditor() {
  const editor = useSlateStatic();
  const decorationsVersion = useAppStore((s) => s.decorationsVersion);
  const numberLayout = useAppStore((s) => s.meta.settings.numberLayout);
  // a new function when a feature bumps the version: Slate then decorates every node again
  const decorate = useMemo(() => decorateWith(editor), [editor, decorationsVersion]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const inText = isText(editor, event.target);
      if (inText && handleNavigationKey(editor, event.nativeEvent)) event.preventDefault();
      else if (handleShortcut(editor, event.nativeEvent, { inEditor: true, inText })) event.preventDefault();
    },
    [editor],
  );
  return (
    <div className={`page layout-${numberLayout}`}>
      <Editable
        ref={hideEditableFromReactSelection}
        className="document"
        aria-label="Resolution text"
        renderElement={renderElement}
        renderChunk={renderChunk}
        renderLeaf={renderLeaf}
        decorate={decorate}
        onKeyDown={onKeyDown}
        scrollSelectionIntoView={scrollCaretIntoView}
        spellCheck
        lang="en-GB"
        disableDefaultStyles
      />
    </div>
  );
}
