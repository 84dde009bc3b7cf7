import { newId } from '../model/ids';
import { Proposal, type ProposalOp } from './proposal';

export interface ProposalInit {
  delegations: string[];
  op: ProposalOp;
  paragraphId: string;
  /** the paragraph's current text, to record the targeted words (anchor) */
  paragraphText?: string;
  range?: { start: number; end: number } | null;
  text?: string;
  placement?: 'bis' | 'alt';
  kind?: 'preambular' | 'operative';
  /** ISO date-time */
  date: string;
  note?: string;
}

/**
 * A new open proposal, checked by the schema: delegations trimmed and de-duplicated, the range clamped to
 * the paragraph, and the targeted words kept as the anchor.
 */
export function makeProposal(init: ProposalInit): Proposal {
  const delegations = [...new Set(init.delegations.map((d) => d.trim()).filter(Boolean))];
  const length = init.paragraphText?.length ?? Number.MAX_SAFE_INTEGER;
  const range = init.range
    ? { start: Math.min(init.range.start, length), end: Math.min(Math.max(init.range.start, init.range.end), length) }
    : null;
  const anchor = range && init.paragraphText !== undefined && range.end > range.start ? init.paragraphText.slice(range.start, range.end) : undefined;
  return Proposal.parse({
    id: newId('prop'),
    delegations,
    op: init.op,
    paragraphId: init.paragraphId,
    range: init.op === 'add-paragraph' || init.op === 'delete-paragraph' ? null : range,
    text: init.text ?? '',
    ...(init.placement ? { placement: init.placement } : {}),
    ...(init.kind ? { kind: init.kind } : {}),
    supportedBy: [],
    status: 'open',
    date: init.date,
    ...(init.note ? { note: init.note } : {}),
    ...(anchor ? { anchor } : {}),
  });
}
