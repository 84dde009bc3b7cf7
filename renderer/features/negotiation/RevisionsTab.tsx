import { useState } from 'react';
import { useSlateStatic } from 'slate-react';
import { restoreRevision, saveRevision, suggestRevisionLabel } from '../../../shared/revisions/named-revisions';
import { currentFile } from '../../document/session';
import { useAppStore } from '../../state/store';
import { replaceBody } from './body';
import { MergeForm } from './MergeForm';
import { CURRENT, useNegotiationView } from './store';

const now = () => new Date().toISOString();
const day = (iso: string) => iso.slice(0, 10);

/** Named revisions: save the current text under a label, restore one (the current text is never lost), compare. */
export function RevisionsTab() {
  const editor = useSlateStatic();
  const revisions = useAppStore((s) => s.meta.revisions);
  const setMeta = useAppStore((s) => s.setMeta);
  const setStatus = useAppStore((s) => s.setStatus);
  const { setCompare, setTab } = useNegotiationView();
  const [label, setLabel] = useState('');
  const [symbol, setSymbol] = useState('');
  const [note, setNote] = useState('');
  const suggested = suggestRevisionLabel(revisions);

  const save = () => {
    const { file, revision } = saveRevision(currentFile(editor), { label: label.trim() || suggested, date: now(), note, symbol: symbol.trim() || null });
    setMeta({ revisions: file.revisions });
    setStatus({ kind: 'info', text: `Saved the text as ${revision.label}` });
    setLabel('');
    setNote('');
    setSymbol('');
  };
  const restore = (id: string) => {
    const { file, saved } = restoreRevision(currentFile(editor), id, now());
    setMeta({ revisions: file.revisions });
    replaceBody(editor, file.body);
    const target = file.revisions.find((r) => r.id === id)?.label ?? '';
    setStatus({ kind: 'info', text: saved ? `Restored ${target}; the text before was saved as “${saved.label}”` : `Restored ${target}` });
  };
  const compare = (id: string) => {
    setCompare(id, CURRENT);
    setTab('compare');
  };

  return (
    <div className="negotiation-revisions">
      <form
        className="neg-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label>
          Label
          <input name="revisionLabel" value={label} placeholder={suggested} onChange={(e) => setLabel(e.target.value)} list="revision-labels" />
        </label>
        <datalist id="revision-labels">
          {['zero draft', 'Rev.1', 'Rev.2', 'as orally revised', suggested].map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
        <label>
          Symbol
          <input name="revisionSymbol" value={symbol} placeholder="e.g. A/C.3/81/L.14" onChange={(e) => setSymbol(e.target.value)} />
        </label>
        <label>
          Note
          <input name="revisionNote" value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit">Save named revision</button>
      </form>
      {revisions.length === 0 ? <p className="empty">No named revisions yet.</p> : null}
      <ol className="revision-list">
        {[...revisions].reverse().map((r) => (
          <li key={r.id} data-revision={r.label}>
            <div>
              <strong>{r.label}</strong> {r.symbol ? <span className="muted">{r.symbol}</span> : null} <span className="muted">{day(r.date)}</span>
            </div>
            {r.note ? <div className="muted">{r.note}</div> : null}
            {r.outcome?.length ? <div className="muted">{r.outcome.length} proposals settled</div> : null}
            <div className="row-actions">
              <button type="button" onClick={() => compare(r.id)}>
                Compare with current
              </button>
              <button type="button" onClick={() => restore(r.id)}>
                Restore
              </button>
            </div>
          </li>
        ))}
      </ol>
      <MergeForm />
    </div>
  );
}
