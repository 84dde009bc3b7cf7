import { z } from 'zod';

/**
 * A proposal tabled by one or more delegations in informal consultations (un-format.md §8.2). The target
 * is a stable paragraph id plus a character range in that paragraph's current text.
 */
export const ProposalOp = z.enum(['add', 'delete', 'replace', 'retain', 'add-paragraph', 'delete-paragraph']);
export type ProposalOp = z.infer<typeof ProposalOp>;

export const ProposalStatus = z.enum(['open', 'agreed-ad-ref', 'accepted', 'rejected', 'withdrawn']);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

export const Proposal = z.object({
  id: z.string(),
  delegations: z.array(z.string()).min(1),
  op: ProposalOp,
  paragraphId: z.string(),
  /** range in the paragraph's current text; for add, start = end = the insertion point */
  range: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).nullable(),
  text: z.string(),
  /** add-paragraph: "bis" (a new paragraph after the target) or "alt" (another wording of the target) */
  placement: z.enum(['bis', 'alt']).optional(),
  /** add-paragraph: the new paragraph's kind */
  kind: z.enum(['preambular', 'operative']).optional(),
  supportedBy: z.array(z.string()).default([]),
  status: ProposalStatus,
  /** ISO date-time tabled */
  date: z.string(),
  note: z.string().optional(),
  /** the targeted text when tabled (delete, replace, retain), to find the range again after edits */
  anchor: z.string().optional(),
});
export type Proposal = z.infer<typeof Proposal>;

/** The statuses that still count as "on the table" in a compilation view. */
export const isOpenProposal = (p: Pick<Proposal, 'status'>): boolean => p.status === 'open';

/** The statuses whose proposal goes into the next revision's text. */
export const isAgreedProposal = (p: Pick<Proposal, 'status'>): boolean => p.status === 'accepted' || p.status === 'agreed-ad-ref';
