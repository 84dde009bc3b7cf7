import { attribution } from '../../../shared/compilation/labels';
import { ProposalStatus, type Proposal } from '../../../shared/compilation/proposal';
import { setProposalStatus } from '../../../shared/compilation/status';
import { useAppStore } from '../../state/store';

const STATUS_LABELS: Record<ProposalStatus, string> = {
  open: 'open',
  'agreed-ad-ref': 'agreed ad ref',
  accepted: 'accepted',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

const summary = (p: Proposal) => {
  const words = p.op === 'delete' || p.op === 'retain' ? (p.anchor ?? '') : p.text;
  const op = p.op === 'add-paragraph' ? (p.placement ?? 'bis') : p.op;
  return `${op}${words ? `: ${words}` : ''}`;
};

/** The proposals with their status (open, agreed ad ref, accepted, rejected, withdrawn), changed in place. */
export function ProposalList({ proposals, labelOf }: { proposals: readonly Proposal[]; labelOf: (p: Proposal) => string }) {
  const all = useAppStore((s) => s.meta.proposals);
  const setMeta = useAppStore((s) => s.setMeta);
  if (proposals.length === 0) return <p className="empty">No proposals.</p>;
  return (
    <ul className="proposal-list">
      {proposals.map((p) => (
        <li key={p.id} className={`proposal status-${p.status}`} data-proposal={p.id}>
          <span className="proposal-where">{labelOf(p)}</span> <strong>{attribution(p)}</strong> <span>{summary(p)}</span>
          <select
            aria-label={`Status of the proposal by ${attribution(p)}`}
            value={p.status}
            onChange={(e) => setMeta({ proposals: setProposalStatus(all, p.id, e.target.value as ProposalStatus) })}
          >
            {ProposalStatus.options.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <button type="button" aria-label={`Remove the proposal by ${attribution(p)}`} onClick={() => setMeta({ proposals: all.filter((x) => x.id !== p.id) })}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
