import { describe, expect, it } from 'vitest';
import { applyOutcome } from '../../../shared/compilation/apply-outcome';
import { renderCompilation } from '../../../shared/compilation/render-compilation';
import { runsText } from '../../../shared/compilation/compilation-run';
import { setProposalStatus } from '../../../shared/compilation/status';
import { ResolutionElement } from '../../../shared/model/guards';
import { paragraphRefs } from '../../../shared/model/numbering';
import { makeFile } from '../../../shared/model/read-file';
import { paragraphText } from '../../../shared/model/text';
import { compareValues } from '../../../shared/revisions/compare';
import { DATE, tabled, zeroDraft } from './fixture';

/**
 * Informals on the zero draft: the EU and the African Group propose to add words to OP4 and Cuba proposes
 * to delete others there; a new paragraph after OP3 is accepted. Then the room agrees the EU text ad ref and
 * Cuba withdraws.
 */
const proposals = [
  tabled('eu', { delegations: ['EU', 'African Group'], op: 'add', paragraphId: 'o4', before: 'the World Summit', text: 'the 2000 Millennium Summit and' }),
  tabled('cuba', { delegations: ['Cuba'], op: 'delete', paragraphId: 'o4', words: 'Member States' }),
  tabled('g77', { delegations: ['G77'], op: 'add-paragraph', placement: 'bis', kind: 'operative', paragraphId: 'o3', text: 'Requests the Secretary-General to report on the meeting;' }),
];
const compilation = makeFile(zeroDraft, { proposals });

describe('the compilation text before the outcome', () => {
  it('brackets both proposals on OP4 with their delegations and shows OP3 bis after OP3', () => {
    const rendered = renderCompilation(compilation.body, compilation.proposals);
    expect(rendered.map((p) => [p.label, p.number, p.status, runsText(p.runs)])).toEqual([
      ['PP1', '', 'clean', 'Recalling the United Nations Millennium Declaration,'],
      ['OP1', '1.', 'clean', 'Welcomes the report of the Secretary-General;'],
      ['OP2', '2.', 'clean', 'Reaffirms the commitments made at the World Summit;'],
      ['OP3', '3.', 'clean', 'Decides to convene a high-level meeting in 2027;'],
      ['OP3 bis', '3 bis', 'bracketed', '[G77: Requests the Secretary-General to report on the meeting;]'],
      ['OP4', '4.', 'bracketed', 'Calls upon [Cuba: delete: Member States] to implement the outcomes of [EU; African Group: add: the 2000 Millennium Summit and] the World Summit;'],
      ['OP5', '5.', 'clean', 'Decides to remain seized of the matter.'],
    ]);
  });
});

describe('applying the agreed outcome (E2E: two delegations on one OP, one agreed ad ref, one withdrawn)', () => {
  let agreed = setProposalStatus(compilation.proposals, 'eu', 'agreed-ad-ref');
  agreed = setProposalStatus(agreed, 'cuba', 'withdrawn');
  agreed = setProposalStatus(agreed, 'g77', 'accepted');
  const { file, revision, outcome } = applyOutcome({ ...compilation, proposals: agreed }, { label: 'Rev.1', date: DATE, note: 'after the first reading' });
  const refs = paragraphRefs(file.body);
  const paragraphs = file.body.filter(ResolutionElement.isParagraph);

  it('produces Rev.1 with the agreed words, the new paragraph and clean numbering', () => {
    expect(paragraphs.map((p) => [refs.get(p.id), paragraphText(p.children)])).toEqual([
      ['PP1', 'Recalling the United Nations Millennium Declaration,'],
      ['OP1', 'Welcomes the report of the Secretary-General;'],
      ['OP2', 'Reaffirms the commitments made at the World Summit;'],
      ['OP3', 'Decides to convene a high-level meeting in 2027;'],
      ['OP4', 'Requests the Secretary-General to report on the meeting;'],
      ['OP5', 'Calls upon Member States to implement the outcomes of the 2000 Millennium Summit and the World Summit;'],
      ['OP6', 'Decides to remain seized of the matter.'],
    ]);
    expect(paragraphs.find((p) => p.id === 'o4')!.status).toBe('agreed-ad-ref');
    expect(paragraphs[4]!.children[0]).toEqual({ text: 'Requests', opener: true });
  });

  it('stores Rev.1 as a named revision, keeps the zero draft, and clears the settled proposals', () => {
    expect(file.revisions.map((r) => r.label)).toEqual(['compilation before Rev.1', 'Rev.1']);
    expect(file.revisions[0]!.body).toEqual(zeroDraft);
    expect(revision).toMatchObject({ label: 'Rev.1', note: 'after the first reading', body: file.body });
    expect(file.proposals).toEqual([]);
  });

  it('records what became of each proposal', () => {
    expect(outcome.map((o) => [o.proposalId, o.status, o.summary])).toEqual([
      ['eu', 'agreed-ad-ref', 'OP4 · EU; African Group · add “the 2000 Millennium Summit and”: agreed ad ref → applied in OP5'],
      ['cuba', 'withdrawn', 'OP4 · Cuba · delete “Member States”: withdrawn → dropped'],
      ['g77', 'accepted', 'OP3 bis · G77 · new paragraph “Requests the Secretary-General to report on the meeting;”: accepted → applied in OP4'],
    ]);
  });

  it('shows in compare: OP4 is now OP5 with the added words, OP4 is new', () => {
    const comparison = compareValues(zeroDraft, file.body);
    expect(comparison.numberMap.map((m) => `${m.a}→${m.b}`)).toEqual(['PP1→PP1', 'OP1→OP1', 'OP2→OP2', 'OP3→OP3', 'OP4→OP5', 'OP5→OP6']);
    expect(comparison.added.map((p) => p.ref)).toEqual(['OP4']);
    const op4 = comparison.pairs.find((p) => p.aRef === 'OP4')!;
    expect(op4.changes.filter((c) => c.op !== 'equal')).toEqual([{ op: 'insert', text: ' the 2000 Millennium Summit and' }]);
    expect(op4.moved).toBe(false);
  });
});

describe('open and blocked proposals carry over', () => {
  const open = [
    tabled('brazil', { delegations: ['Brazil'], op: 'replace', paragraphId: 'o2', words: 'Reaffirms', text: 'Recognizes' }),
    tabled('eu', { delegations: ['EU'], op: 'add', paragraphId: 'o4', before: 'the World Summit', text: 'the 2000 Millennium Summit and' }),
    tabled('norway', { delegations: ['Norway'], op: 'delete', paragraphId: 'o4', words: 'World Summit' }),
    tabled('chile', { delegations: ['Chile'], op: 'delete', paragraphId: 'o4', words: 'the World' }),
  ];
  let statuses = setProposalStatus(open, 'eu', 'accepted');
  statuses = setProposalStatus(statuses, 'chile', 'accepted');
  const { file } = applyOutcome(makeFile(zeroDraft, { proposals: statuses }), { label: 'Rev.1', date: DATE });
  const text = (id: string) => paragraphText(file.body.filter(ResolutionElement.isParagraph).find((p) => p.id === id)!.children);

  it('moves the range of a proposal still open to where its words are in the new text', () => {
    const norway = file.proposals.find((p) => p.id === 'norway')!;
    expect(text('o4').slice(norway.range!.start, norway.range!.end)).toBe('World Summit');
    expect(file.proposals.find((p) => p.id === 'brazil')!.range).toEqual({ start: 0, end: 9 });
  });

  it('keeps an agreed proposal that overlaps another agreed edit open instead of guessing', () => {
    expect(text('o4')).toBe('Calls upon Member States to implement the outcomes of the 2000 Millennium Summit and the World Summit;');
    expect(file.proposals.find((p) => p.id === 'chile')).toMatchObject({ status: 'open', note: 'agreed, but could not be applied' });
  });
});
