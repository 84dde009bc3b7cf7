import { describe, expect, it } from 'vitest';
import { paragraphStatus, setParagraphStatus, setProposalStatus, stillOpen, addSupport } from '../../../shared/compilation/status';
import { ResolutionElement } from '../../../shared/model/guards';
import type { ParagraphStatus } from '../../../shared/model/types';
import { op } from '../../support/nodes';
import { tabled, zeroDraft } from './fixture';

const proposal = tabled('eu', { delegations: ['EU'], op: 'add', paragraphId: 'o4', before: 'the World Summit', text: 'the 2000 Millennium Summit and' });

describe('paragraph status (un-format.md §8.2)', () => {
  const paragraph = (status?: ParagraphStatus, text = ' to act;') => ({ ...op('o4', 'Urges', text), ...(status ? { status } : {}) });
  it.each([
    ['no status, no proposal', paragraph(), [], 'clean'],
    ['stored pending', paragraph('pending'), [], 'pending'],
    ['an open proposal', paragraph(), [proposal], 'bracketed'],
    ['an open proposal on an agreed ad ref paragraph', paragraph('agreed-ad-ref'), [proposal], 'bracketed'],
    ['a withdrawn proposal', paragraph(), [{ ...proposal, status: 'withdrawn' as const }], 'clean'],
    ['typed brackets', paragraph(undefined, ' to act [in good faith];'), [], 'bracketed'],
    ['agreed ad ref', paragraph('agreed-ad-ref'), [], 'agreed-ad-ref'],
    ['agreed', paragraph('agreed'), [], 'agreed'],
    ['deleted, even with a proposal', paragraph('deleted'), [proposal], 'deleted'],
  ])('%s → %s', (_, p, proposals, expected) => {
    expect(paragraphStatus(p, proposals)).toBe(expected);
  });
});

describe('everything still open', () => {
  let value = setParagraphStatus(zeroDraft, 'o1', 'pending');
  value = setParagraphStatus(value, 'o2', 'agreed-ad-ref');
  value = setParagraphStatus(value, 'o3', 'agreed');
  const proposals = [proposal, { ...proposal, id: 'gone', status: 'withdrawn' as const }];

  it('lists the pending and bracketed paragraphs and the open proposals', () => {
    const open = stillOpen(value, proposals);
    expect(open.paragraphs).toEqual([
      { id: 'o1', ref: 'OP1', status: 'pending' },
      { id: 'o4', ref: 'OP4', status: 'bracketed' },
    ]);
    expect(open.proposals.map((p) => p.id)).toEqual(['eu']);
  });

  it('can count agreed ad ref as still open (pending capitals)', () => {
    expect(stillOpen(value, proposals, true).paragraphs.map((p) => p.ref)).toEqual(['OP1', 'OP2', 'OP4']);
  });

  it('clears a stored status with "clean"', () => {
    const cleared = setParagraphStatus(value, 'o1', 'clean').filter(ResolutionElement.isParagraph);
    expect(cleared.find((p) => p.id === 'o1')).not.toHaveProperty('status');
  });

  it('moves proposals between statuses and records support', () => {
    const agreed = setProposalStatus(proposals, 'eu', 'agreed-ad-ref');
    expect(agreed.map((p) => p.status)).toEqual(['agreed-ad-ref', 'withdrawn']);
    expect(addSupport(agreed, 'eu', ['Norway', 'Japan', 'Norway'])[0]!.supportedBy).toEqual(['Norway', 'Japan']);
  });
});
