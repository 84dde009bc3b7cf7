import { useSlateSelector, useSlateStatic } from 'slate-react';
import { foldCitationText } from '../../../shared/citations/fold';
import { setCitation } from '../../../shared/footnotes/insert';
import { renderedFootnotes, type RenderedFootnote } from '../../../shared/footnotes/rendered';
import { perValue } from '../../editor/use-derived';
import { useAppStore } from '../../state/store';
import { CitationForm } from './CitationForm';
import { useEditingStore } from './editing-store';
import { jumpToReference } from './jump';
import { Runs } from './Runs';
import './footnotes.css';

const italicOf = perValue((value) => renderedFootnotes(value, { ibidStyle: 'italic' }));
const romanOf = perValue((value) => renderedFootnotes(value, { ibidStyle: 'roman' }));

/** The numbered footnotes in order, as printed (Ibid. derived); click one to go to its marker. */
export function FootnotesPane() {
  const editor = useSlateStatic();
  const ibidStyle = useAppStore((s) => s.meta.settings.ibidStyle);
  const footnotes = useSlateSelector((e) => (ibidStyle === 'roman' ? romanOf : italicOf)(e.children));
  const editing = useEditingStore((s) => s.editing);
  const setEditing = useEditingStore((s) => s.setEditing);
  if (footnotes.length === 0) {
    return (
      <div className="footnotes-pane">
        <p className="empty">No footnotes yet. Type the name of a treaty to be offered one, or use Insert → Footnote.</p>
      </div>
    );
  }
  return (
    <div className="footnotes-pane">
      <ol aria-label="Footnotes">
        {footnotes.map((fn, k) => (
          <FootnoteItem
            key={fn.id}
            footnote={fn}
            previous={footnotes[k - 1] ?? null}
            editing={editing === fn.id}
            onEdit={() => setEditing(editing === fn.id ? null : fn.id)}
            onJump={() => jumpToReference(editor, fn.id)}
            onSave={(citation) => {
              setCitation(editor, fn.id, citation);
              setEditing(null);
            }}
          />
        ))}
      </ol>
    </div>
  );
}

interface ItemProps {
  footnote: RenderedFootnote;
  previous: RenderedFootnote | null;
  editing: boolean;
  onEdit: () => void;
  onJump: () => void;
  onSave: Parameters<typeof CitationForm>[0]['onSave'];
}

function FootnoteItem({ footnote, previous, editing, onEdit, onJump, onSave }: ItemProps) {
  const differs = footnote.importedText !== undefined && foldCitationText(footnote.importedText) !== foldCitationText(footnote.text);
  return (
    <li data-footnote={footnote.id}>
      <button type="button" className="fn-jump" onClick={onJump} title="Go to the reference">
        <span className="fn-number">{footnote.number}</span>
        <span className="fn-text">
          <Runs runs={footnote.runs} />
        </span>
      </button>
      {differs ? <div className="fn-imported">The source printed: {footnote.importedText}</div> : null}
      <div className="fn-actions">
        <button type="button" onClick={onEdit} aria-expanded={editing}>
          {editing ? 'Close' : 'Edit citation'}
        </button>
      </div>
      {editing ? <CitationForm citation={footnote.citation} previous={previous?.citation ?? null} onSave={onSave} onCancel={onEdit} /> : null}
    </li>
  );
}
