import type { Editor } from 'slate';
import { withLiveLint } from '../../features/diagnostics/with-live-lint';
import { withAgreedText } from './with-agreed-text';
import { withAutoformat } from './with-autoformat';
import { withFootnoteOffer } from './with-footnote-offer';
import { withGhostText } from './with-ghost-text';
import { withInsertBreak } from './with-insert-break';
import { withPaste } from './with-paste';
import { withTrackedChanges } from './with-tracked-changes';
import { withUniqueIds } from './with-unique-ids';

/** A renderer-only editor plugin: keeps the methods it replaces and delegates every case it does not own. */
export type EditorPlugin = (editor: Editor) => Editor;

/**
 * Applied in order over withResolution(withHistory(withReact(createEditor()))). Features append theirs
 * (footnote offer, ghost text, tracked changes, autoformat) here.
 */
export const rendererPlugins: EditorPlugin[] = [
  withUniqueIds,
  withInsertBreak,
  withPaste,
  withTrackedChanges,
  withAutoformat,
  withFootnoteOffer,
  withAgreedText,
  withGhostText,
  withLiveLint,
];
