import type { ReactNode } from 'react';
import { Editor, Element, type DecoratedRange, type Text } from 'slate';
import { ghostText } from '../../../shared/agreed-language/ghost';
import { adoptedIn, provenanceLabel } from '../../../shared/agreed-language/provenance';
import { CORPUS_NOTICE } from '../../../shared/agreed-language/passage';
import type { Decorator } from '../../editor/decorate';
import { useGhostStore } from './ghost-store';
import './agreed.css';

const leafProp = (leaf: Text, name: string): unknown => (leaf as unknown as Record<string, unknown>)[name];

/** The last character of the paragraph the suggestions are for: the ghost text is drawn right after it. */
export const ghostDecorator: Decorator = (editor, [node, path]) => {
  const { paragraphId } = useGhostStore.getState();
  if (!paragraphId || !Element.isElement(node) || !('id' in node) || node.id !== paragraphId) return [];
  const end = Editor.end(editor, path);
  const before = Editor.before(editor, end, { unit: 'character' });
  if (!before || before.path.length <= path.length) return [];
  return [{ anchor: before, focus: end, agreedGhost: true } as DecoratedRange];
};

function GhostText() {
  const remainder = useGhostStore((s) => {
    const result = s.results[s.selected];
    return result ? ghostText(s.typed, result.text) : null;
  });
  return remainder ? <span className="agreed-ghost">{remainder}</span> : null;
}

function SuggestionList() {
  const results = useGhostStore((s) => s.results);
  const selected = useGhostStore((s) => s.selected);
  if (results.length === 0) return null;
  return (
    <span className="agreed-suggestions" role="listbox" aria-label="Agreed language suggestions">
      {results.map((r, i) => (
        <span
          key={r.ref}
          role="option"
          aria-selected={i === selected}
          className={`agreed-suggestion${i === selected ? ' selected' : ''}`}
          onMouseDown={(e) => {
            e.preventDefault();
            useGhostStore.setState({ selected: i });
          }}
        >
          <span className="agreed-provenance">{provenanceLabel(r)}</span>
          <span className="agreed-meta">{r.draft ? 'draft' : adoptedIn(r)}</span>
          <span className="agreed-snippet">{r.text.length > 90 ? `${r.text.slice(0, 90)}…` : r.text}</span>
        </span>
      ))}
      <span className="agreed-keys">
        <kbd>Tab</kbd> insert · <kbd>Alt+↓</kbd> next · <kbd>Esc</kbd> dismiss
      </span>
      <span className="agreed-notice">{CORPUS_NOTICE}</span>
    </span>
  );
}

/** The suggestion drawn after the caret: grey ghost text and, under the line, the list of suggestions. */
export const ghostWrapper = (leaf: Text, children: ReactNode): ReactNode =>
  leafProp(leaf, 'agreedGhost') === true ? (
    <span className="agreed-ghost-anchor">
      {children}
      <span contentEditable={false} spellCheck={false} className="agreed-ghost-box">
        <GhostText />
        <SuggestionList />
      </span>
    </span>
  ) : (
    children
  );
