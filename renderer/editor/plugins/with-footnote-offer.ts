import type { Editor } from 'slate';
import { footnoteOffer } from '../../../shared/footnotes/offer';
import { acceptCurrentOffer } from '../../features/footnotes/accept';
import { offerKey, useOfferStore } from '../../features/footnotes/offer-store';
import { currentTable } from '../../features/footnotes/treaty-matcher';
import { useAppStore } from '../../state/store';

let activeEditor: Editor | null = null;

/** Alt+Enter accepts the offer, Escape waves it away; taken before the editor's own keys (capture phase). */
function onKeyDown(event: KeyboardEvent): void {
  const editor = activeEditor;
  if (!editor || !useOfferStore.getState().offer) return;
  const inEditor = event.target instanceof Element && event.target.closest('[data-slate-editor]') !== null;
  if (!inEditor) return;
  const accept = event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
  if (accept ? acceptCurrentOffer(editor) : event.key === 'Escape' && (useOfferStore.getState().dismiss(), true)) {
    event.preventDefault();
    event.stopPropagation();
    useAppStore.getState().bumpDecorations();
  }
}

/**
 * Offers to footnote a known instrument as the delegate types or pastes its name (un-format.md §5.1–5.2).
 * After every change the offer is worked out again in shared/footnotes/offer.ts; a mere caret move keeps an
 * offer only while it still stands, so walking over old text offers nothing.
 */
export function withFootnoteOffer(editor: Editor): Editor {
  const { onChange } = editor;
  activeEditor = editor;
  if (typeof window !== 'undefined' && !(window as { penholderOfferKeys?: true }).penholderOfferKeys) {
    (window as { penholderOfferKeys?: true }).penholderOfferKeys = true;
    window.addEventListener('keydown', onKeyDown, true);
  }
  editor.onChange = (options) => {
    onChange(options);
    if (activeEditor !== editor) activeEditor = editor;
    const store = useOfferStore.getState();
    const typed = editor.operations.some((op) => op.type !== 'set_selection');
    const { footnoteRepeat } = useAppStore.getState().meta.settings;
    let offer = footnoteOffer(editor, currentTable().matcher, { footnoteRepeat });
    if (!typed && offer && (!store.offer || offerKey(store.offer) !== offerKey(offer))) offer = null;
    const before = store.offer;
    store.setOffer(offer);
    if (useOfferStore.getState().offer !== before) useAppStore.getState().bumpDecorations();
  };
  return editor;
}
