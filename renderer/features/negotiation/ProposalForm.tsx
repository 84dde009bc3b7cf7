import { useState } from 'react';
import { Editor, Range, type Editor as SlateEditor } from 'slate';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import { makeProposal } from '../../../shared/compilation/make-proposal';
import type { ProposalOp } from '../../../shared/compilation/proposal';
import { paragraphText } from '../../../shared/model/text';
import { focusParagraph } from '../../../shared/model/transforms/paragraphs';
import { useAppStore } from '../../state/store';
import { currentOffset } from './body';

const OPS: { value: string; label: string; op: ProposalOp; placement?: 'bis' | 'alt' }[] = [
  { value: 'add', label: 'add text (at the caret)', op: 'add' },
  { value: 'delete', label: 'delete the selected text', op: 'delete' },
  { value: 'replace', label: 'replace the selected text', op: 'replace' },
  { value: 'retain', label: 'retain the selected text', op: 'retain' },
  { value: 'bis', label: 'new paragraph after it (bis)', op: 'add-paragraph', placement: 'bis' },
  { value: 'alt', label: 'alternative wording (alt)', op: 'add-paragraph', placement: 'alt' },
  { value: 'delete-paragraph', label: 'delete the paragraph', op: 'delete-paragraph' },
];

/** The selection inside the focused paragraph, in offsets of its current text. */
function selectionRange(editor: SlateEditor) {
  const entry = focusParagraph(editor);
  if (!entry || !editor.selection) return null;
  const [start, end] = Range.edges(editor.selection);
  const inside = Editor.above(editor, { at: start, match: (n) => n === entry[0] });
  return inside ? { start: currentOffset(editor, entry[1], start), end: currentOffset(editor, entry[1], end) } : null;
}

/** Table a proposal on the paragraph holding the caret: delegations, what it does, the words. */
export function ProposalForm({ paragraphRef }: { paragraphRef: string }) {
  const editor = useSlateStatic();
  const paragraph = useSlateSelector((e) => focusParagraph(e)?.[0] ?? null);
  const proposals = useAppStore((s) => s.meta.proposals);
  const setMeta = useAppStore((s) => s.setMeta);
  const defaultDelegation = useAppStore((s) => s.preferences.delegation);
  const [delegations, setDelegations] = useState('');
  const [kind, setKind] = useState('add');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!paragraph) return <p className="empty">Put the caret in a paragraph to table a proposal on it.</p>;

  const table = () => {
    const chosen = OPS.find((o) => o.value === kind)!;
    const names = (delegations || defaultDelegation).split(/[;,]/).map((d) => d.trim()).filter(Boolean);
    const range = selectionRange(editor);
    if (names.length === 0) return setError('Name the delegation(s) tabling the proposal.');
    if ((chosen.op === 'delete' || chosen.op === 'replace' || chosen.op === 'retain') && (!range || range.end <= range.start)) {
      return setError('Select the words in the paragraph first.');
    }
    if ((chosen.op === 'add' || chosen.op === 'replace' || chosen.op === 'add-paragraph') && !text.trim()) return setError('Type the proposed words.');
    const kindOfParagraph = paragraph.type === 'preambular-paragraph' ? 'preambular' : 'operative';
    const proposal = makeProposal({
      delegations: names,
      op: chosen.op,
      paragraphId: paragraph.id,
      paragraphText: paragraphText(paragraph.children),
      range: chosen.op === 'add' && range ? { start: range.end, end: range.end } : range,
      text: text.trim(),
      ...(chosen.placement ? { placement: chosen.placement, kind: kindOfParagraph } : {}),
      date: new Date().toISOString(),
    });
    setMeta({ proposals: [...proposals, proposal] });
    setText('');
    setError(null);
  };

  return (
    <form
      className="neg-form proposal-form"
      onSubmit={(e) => {
        e.preventDefault();
        table();
      }}
    >
      <h3>Table a proposal on {paragraphRef}</h3>
      <label>
        Delegations
        <input name="delegations" value={delegations} placeholder={defaultDelegation || 'EU; African Group'} onChange={(e) => setDelegations(e.target.value)} />
      </label>
      <label>
        Proposal
        <select name="proposalOp" value={kind} onChange={(e) => setKind(e.target.value)}>
          {OPS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Words
        <textarea name="proposalText" value={text} rows={2} onChange={(e) => setText(e.target.value)} />
      </label>
      {error ? <p className="error">{error}</p> : null}
      <button type="submit" onMouseDown={(e) => e.preventDefault()}>
        Table proposal
      </button>
    </form>
  );
}
