import { makeProposal, type ProposalInit } from '../../../shared/compilation/make-proposal';
import type { Proposal } from '../../../shared/compilation/proposal';
import { doc, op, pp } from '../../support/nodes';

/** A zero draft under negotiation, and proposals tabled on it, as in informal consultations. */
export const zeroDraft = doc(
  pp('p1', 'Recalling', ' the United Nations Millennium Declaration,'),
  op('o1', 'Welcomes', ' the report of the Secretary-General;'),
  op('o2', 'Reaffirms', ' the commitments made at the World Summit;'),
  op('o3', 'Decides', ' to convene a high-level meeting in 2027;'),
  op('o4', 'Calls upon', ' Member States to implement the outcomes of the World Summit;'),
  op('o5', 'Decides', ' to remain seized of the matter.'),
);

export const DATE = '2026-03-02T10:00:00Z';

const texts: Record<string, string> = {
  p1: 'Recalling the United Nations Millennium Declaration,',
  o2: 'Reaffirms the commitments made at the World Summit;',
  o4: 'Calls upon Member States to implement the outcomes of the World Summit;',
};

/** A proposal on `words` of a paragraph (their first occurrence), or at the point before them for an add. */
export function tabled(
  id: string,
  init: Omit<ProposalInit, 'date' | 'range' | 'paragraphText'> & { words?: string; before?: string },
): Proposal {
  const text = texts[init.paragraphId] ?? '';
  const at = init.words ? text.indexOf(init.words) : init.before ? text.indexOf(init.before) : -1;
  const range = init.words ? { start: at, end: at + init.words.length } : init.before ? { start: at, end: at } : null;
  return { ...makeProposal({ ...init, date: DATE, paragraphText: text, range }), id };
}
