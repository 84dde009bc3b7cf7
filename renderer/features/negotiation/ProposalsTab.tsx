import { Transforms } from 'slate';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import { proposalLabels } from '../../../shared/compilation/labels';
import type { Proposal } from '../../../shared/compilation/proposal';
import { renderCompilation } from '../../../shared/compilation/render-compilation';
import { paragraphStatus, stillOpen } from '../../../shared/compilation/status';
import { paragraphRefs } from '../../../shared/model/numbering';
import { focusParagraph } from '../../../shared/model/transforms/paragraphs';
import type { ParagraphStatus } from '../../../shared/model/types';
import { perValue } from '../../editor/use-derived';
import { useAppStore } from '../../state/store';
import { CompilationView } from './CompilationView';
import { OutcomeForm } from './OutcomeForm';
import { ProposalForm } from './ProposalForm';
import { ProposalList } from './ProposalList';
import { useNegotiationView } from './store';

const refsOf = perValue(paragraphRefs);
const STATUSES: ParagraphStatus[] = ['clean', 'pending', 'agreed-ad-ref', 'agreed', 'deleted'];

/** The compilation text: proposals on paragraphs, statuses, the "everything still open" filter, the outcome. */
export function ProposalsTab() {
  const editor = useSlateStatic();
  const value = useSlateSelector((e) => e.children);
  const paragraph = useSlateSelector((e) => focusParagraph(e)?.[0] ?? null);
  const proposals = useAppStore((s) => s.meta.proposals);
  const { openOnly, setOpenOnly } = useNegotiationView();
  const refs = refsOf(value);
  const labels = proposalLabels(value, proposals);
  const labelOf = (p: Proposal) => labels.get(p.id) ?? refs.get(p.paragraphId) ?? '?';
  const open = stillOpen(value, proposals);
  const shownProposals = openOnly ? open.proposals : proposals;
  const openIds = new Set(open.paragraphs.map((p) => p.id));
  const compilation = renderCompilation(value, proposals, { show: openOnly ? 'open' : 'all' }).filter(
    (p) => !openOnly || openIds.has(p.id) || p.proposalStatus === 'open',
  );
  const setStatus = (status: ParagraphStatus) => {
    const focus = focusParagraph(editor);
    if (!focus) return;
    if (status === 'clean') Transforms.unsetNodes(editor, 'status', { at: focus[1] });
    else Transforms.setNodes(editor, { status }, { at: focus[1] });
  };
  return (
    <div className="negotiation-proposals">
      {paragraph ? (
        <label className="paragraph-status">
          {refs.get(paragraph.id)} is <strong>{paragraphStatus(paragraph, proposals).replace(/-/g, ' ')}</strong>; set
          <select name="paragraphStatus" value={paragraph.status ?? 'clean'} onChange={(e) => setStatus(e.target.value as ParagraphStatus)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace(/-/g, ' ')}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <ProposalForm paragraphRef={paragraph ? (refs.get(paragraph.id) ?? '') : ''} />
      <label className="inline">
        <input type="checkbox" name="openOnly" checked={openOnly} onChange={() => setOpenOnly(!openOnly)} /> Everything still open
        {openOnly ? ` (${open.paragraphs.length} paragraphs, ${open.proposals.length} proposals)` : ''}
      </label>
      <ProposalList proposals={shownProposals} labelOf={labelOf} />
      <h3>Compilation text</h3>
      <CompilationView paragraphs={compilation} />
      <OutcomeForm />
    </div>
  );
}
