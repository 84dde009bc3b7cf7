import type { Descendant } from 'slate';
import { paragraphRefs } from '../model/numbering';
import { paragraphText } from '../model/text';
import type { BodyParagraph, ParagraphStatus } from '../model/types';
import { comparedParagraphs } from '../revisions/paragraphs';
import { mapBlocks } from '../revisions/tree';
import { ResolutionElement } from '../model/guards';
import { isOpenProposal, type Proposal, type ProposalStatus } from './proposal';

/** A paragraph's status as shown (un-format.md §8.2): the stored one, or "bracketed" while anything is open. */
export type ShownStatus = ParagraphStatus | 'bracketed';

/** Square brackets typed in the text mark wording that is not agreed ("[human rights]"). */
const hasBrackets = (text: string) => /\[[^\]]*\]/.test(text);

/** A new paragraph proposed after this one ("bis") leaves its wording alone; everything else contests it. */
const contests = (p: Proposal) => !(p.op === 'add-paragraph' && p.placement !== 'alt');

/**
 * deleted (agreed to delete) wins; then open proposals or typed brackets make a paragraph bracketed; else
 * the stored status (clean when none).
 */
export function paragraphStatus(paragraph: BodyParagraph, proposals: readonly Proposal[]): ShownStatus {
  if (paragraph.status === 'deleted') return 'deleted';
  if (proposals.some((p) => p.paragraphId === paragraph.id && isOpenProposal(p) && contests(p))) return 'bracketed';
  if (hasBrackets(paragraphText(paragraph.children))) return 'bracketed';
  return paragraph.status ?? 'clean';
}

/** Still to be settled: under discussion (pending) or bracketed. Agreed ad ref counts as settled in the room. */
export const isStillOpen = (status: ShownStatus, includeAdRef = false): boolean =>
  status === 'pending' || status === 'bracketed' || (includeAdRef && status === 'agreed-ad-ref');

export interface OpenItems {
  paragraphs: { id: string; ref: string; status: ShownStatus }[];
  proposals: Proposal[];
}

/** The "everything still open" filter: open paragraphs in document order and the open proposals. */
export function stillOpen(value: readonly Descendant[], proposals: readonly Proposal[], includeAdRef = false): OpenItems {
  const refs = paragraphRefs(value);
  const paragraphs = comparedParagraphs(value)
    .map((p) => ({ id: p.id, ref: refs.get(p.id) ?? p.ref, status: paragraphStatus(p.node, proposals) }))
    .filter((p) => isStillOpen(p.status, includeAdRef));
  const open = proposals.filter((p) => isOpenProposal(p) || (includeAdRef && p.status === 'agreed-ad-ref'));
  return { paragraphs, proposals: open };
}

/** Sets (or, with 'clean', clears) a paragraph's stored status. */
export function setParagraphStatus(value: readonly Descendant[], id: string, status: ParagraphStatus): Descendant[] {
  return mapBlocks(value, (block) => {
    if (!ResolutionElement.isParagraph(block) || block.id !== id) return [block];
    const { status: _old, ...rest } = block;
    return [(status === 'clean' ? rest : { ...rest, status }) as Descendant];
  });
}

/** Moves a proposal to another status (agreed ad ref, accepted, rejected, withdrawn, or back to open). */
export const setProposalStatus = (proposals: readonly Proposal[], id: string, status: ProposalStatus): Proposal[] =>
  proposals.map((p) => (p.id === id ? { ...p, status } : p));

/** Adds delegations that support a proposal (shown after its authors). */
export const addSupport = (proposals: readonly Proposal[], id: string, delegations: readonly string[]): Proposal[] =>
  proposals.map((p) => (p.id === id ? { ...p, supportedBy: [...new Set([...p.supportedBy, ...delegations])] } : p));
