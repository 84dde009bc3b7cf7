import { useState } from 'react';
import { useSlateStatic } from 'slate-react';
import { applyOutcome } from '../../../shared/compilation/apply-outcome';
import { suggestRevisionLabel } from '../../../shared/revisions/named-revisions';
import { currentFile } from '../../document/session';
import { useAppStore } from '../../state/store';
import { replaceBody } from './body';
import { CURRENT, useNegotiationView } from './store';

/** Apply the agreed outcome: the next revision with the agreed proposals in, clean numbering, and a record. */
export function OutcomeForm() {
  const editor = useSlateStatic();
  const revisions = useAppStore((s) => s.meta.revisions);
  const proposals = useAppStore((s) => s.meta.proposals);
  const setMeta = useAppStore((s) => s.setMeta);
  const setStatus = useAppStore((s) => s.setStatus);
  const { setCompare, setTab } = useNegotiationView();
  // An outcome always follows a text that was read: with nothing stored yet, that text was the zero draft.
  const named = revisions.filter((r) => !r.label.startsWith('compilation before'));
  const suggested = suggestRevisionLabel(named.length ? named : [{ label: 'zero draft' }]);
  const [label, setLabel] = useState('');
  const settled = proposals.filter((p) => p.status !== 'open').length;

  const apply = () => {
    const before = currentFile(editor);
    const { file, revision, outcome } = applyOutcome(before, { label: label.trim() || suggested, date: new Date().toISOString() });
    setMeta({ revisions: file.revisions, proposals: file.proposals });
    replaceBody(editor, file.body);
    const applied = outcome.filter((o) => o.summary.includes('→ applied')).length;
    setStatus({ kind: 'info', text: `${revision.label}: ${applied} applied, ${file.proposals.length} still open` });
    const base = file.revisions[file.revisions.length - 2];
    if (base) setCompare(base.id, CURRENT);
    setTab('compare');
    setLabel('');
  };

  return (
    <form
      className="neg-form outcome-form"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <h3>Apply the agreed outcome</h3>
      <p className="muted">
        Agreed and agreed ad ref proposals go into the text; rejected and withdrawn ones are dropped; open ones carry over. {settled} of{' '}
        {proposals.length} proposals are settled.
      </p>
      <label>
        New revision
        <input name="outcomeLabel" value={label} placeholder={suggested} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <button type="submit">Apply outcome → {label.trim() || suggested}</button>
    </form>
  );
}
