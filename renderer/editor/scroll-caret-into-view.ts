import { Range } from 'slate';
import type { ReactEditor } from 'slate-react';

/** Space kept between the caret and the edge of the page area when scrolling to it. */
const MARGIN = 32;

/**
 * Keeps the caret visible after a change, the job of Slate's default `scrollSelectionIntoView`. The default
 * walks every scrollable ancestor with computed styles on each keystroke (half a millisecond in a long draft);
 * the editor has one scroller, the page area (`.desk`), so this measures the caret against it and scrolls only
 * when the caret has left it.
 */
export function scrollCaretIntoView(editor: ReactEditor, domRange: globalThis.Range): void {
  const caret = domRange.cloneRange();
  caret.collapse(!!editor.selection && Range.isBackward(editor.selection));
  // a DOM without layout (jsdom in tests) cannot measure ranges
  if (typeof caret.getBoundingClientRect !== 'function') return;
  const rect = caret.getBoundingClientRect();
  // Chromium gives an empty rect for a caret on an empty line: nothing to measure, and nothing hidden
  if (rect.width === 0 && rect.height === 0 && rect.x === 0 && rect.y === 0) return;
  const scroller = caret.startContainer.parentElement?.closest('.desk');
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  if (rect.top < box.top + MARGIN) scroller.scrollTop -= box.top + MARGIN - rect.top;
  else if (rect.bottom > box.bottom - MARGIN) scroller.scrollTop += rect.bottom - (box.bottom - MARGIN);
}
