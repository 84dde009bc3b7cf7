import { attribution } from './labels';
import type { Proposal } from './proposal';

const quote = (text: string) => `“${text.length > 80 ? `${text.slice(0, 77)}…` : text}”`;

/** "OP5 · EU; African Group · add “the 2000 Millennium Summit”": one line naming a proposal. */
export function describeProposal(p: Proposal, where: string): string {
  const what = (() => {
    switch (p.op) {
      case 'add':
        return `add ${quote(p.text)}`;
      case 'delete':
        return `delete ${quote(p.anchor ?? '')}`;
      case 'replace':
        return `replace ${quote(p.anchor ?? '')} with ${quote(p.text)}`;
      case 'retain':
        return `retain ${quote(p.anchor ?? '')}`;
      case 'delete-paragraph':
        return 'delete the paragraph';
      default:
        return `new paragraph ${quote(p.text)}`;
    }
  })();
  return `${where} · ${attribution(p)} · ${what}`;
}

/** How a status reads in the outcome record. */
export const STATUS_WORDS: Record<Proposal['status'], string> = {
  open: 'still open',
  'agreed-ad-ref': 'agreed ad ref',
  accepted: 'accepted',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};
