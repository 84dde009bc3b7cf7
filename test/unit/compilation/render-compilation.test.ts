import { describe, expect, it } from 'vitest';
import { runsText } from '../../../shared/compilation/compilation-run';
import { renderCompilation } from '../../../shared/compilation/render-compilation';
import { setParagraphStatus } from '../../../shared/compilation/status';
import { makeFootnoteRef, makeFootnote, makeFootnoteList, freeText } from '../../../shared/model/factories';
import { doc, op, pp } from '../../support/nodes';
import { tabled, zeroDraft } from './fixture';

const line = (value: typeof zeroDraft, proposals: Parameters<typeof renderCompilation>[1], id: string, show?: 'open' | 'all') =>
  runsText(renderCompilation(value, proposals, show ? { show } : {}).find((p) => p.id === id)!.runs);

describe('compilation text in UN style', () => {
  it('writes a replacement as a deletion and an addition, both attributed (the Brazil example)', () => {
    const brazil = tabled('b', { delegations: ['Brazil'], op: 'replace', paragraphId: 'o2', words: 'Reaffirms', text: 'Recognizes' });
    expect(line(zeroDraft, [brazil], 'o2')).toBe('[Brazil: delete: Reaffirms] [Brazil: add: Recognizes] the commitments made at the World Summit;');
  });

  it('attributes a proposal to several delegations and names its supporters', () => {
    const eu = { ...tabled('e', { delegations: ['EU', 'African Group'], op: 'retain', paragraphId: 'o2', words: 'World Summit' }), supportedBy: ['Norway'] };
    expect(line(zeroDraft, [eu], 'o2')).toBe('Reaffirms the commitments made at the [EU; African Group (supported by Norway): retain: World Summit];');
  });

  it('puts proposed paragraphs after their target with their labels, alternatives first', () => {
    const proposals = [
      tabled('bis', { delegations: ['G77'], op: 'add-paragraph', placement: 'bis', paragraphId: 'p1', text: 'Recalling also the 2005 World Summit Outcome,' }),
      tabled('alt1', { delegations: ['EU'], op: 'add-paragraph', placement: 'alt', paragraphId: 'p1', text: 'Reaffirming the Millennium Declaration,' }),
      tabled('alt2', { delegations: ['Cuba'], op: 'add-paragraph', placement: 'alt', paragraphId: 'p1', text: 'Bearing in mind the Millennium Declaration,' }),
    ];
    const out = renderCompilation(zeroDraft, proposals).slice(0, 5);
    expect(out.map((p) => [p.label, p.status, runsText(p.runs)])).toEqual([
      ['PP1', 'bracketed', 'Recalling the United Nations Millennium Declaration,'],
      ['PP1 alt', 'bracketed', '[EU: Reaffirming the Millennium Declaration,]'],
      ['PP1 alt.2', 'bracketed', '[Cuba: Bearing in mind the Millennium Declaration,]'],
      ['PP1 bis', 'bracketed', '[G77: Recalling also the 2005 World Summit Outcome,]'],
      ['OP1', 'clean', 'Welcomes the report of the Secretary-General;'],
    ]);
    expect(out[3]!.runs.find((r) => r.role === 'proposed' && r.italic)?.text).toBe('Recalling also');
  });

  it('places a new sub-level paragraph after the sub-paragraphs of its target', () => {
    const value = doc(op('o1', 'Urges', ' States:'), op('a', '', 'to act;', 1), op('b', '', 'to report;', 1), op('o2', 'Decides', ' to remain seized.'));
    const ter = { ...tabled('x', { delegations: ['EU'], op: 'add-paragraph', placement: 'bis', paragraphId: 'o1', text: 'Invites donors to contribute;' }) };
    expect(renderCompilation(value, [ter]).map((p) => p.label)).toEqual(['OP1', 'OP1(a)', 'OP1(b)', 'OP1 bis', 'OP2']);
  });

  it('notes statuses: agreed ad ref, agreed, and deleted paragraphs struck through', () => {
    let value = setParagraphStatus(zeroDraft, 'o1', 'agreed-ad-ref');
    value = setParagraphStatus(value, 'o3', 'deleted');
    const out = renderCompilation(value, []);
    expect(runsText(out.find((p) => p.id === 'o1')!.runs)).toBe('Welcomes the report of the Secretary-General; (agreed ad ref)');
    const deleted = out.find((p) => p.id === 'o3')!;
    expect([deleted.status, runsText(deleted.runs)]).toEqual(['deleted', 'Decides to convene a high-level meeting in 2027; (deleted)']);
    expect(deleted.runs.filter((r) => r.role === 'text').every((r) => r.strike)).toBe(true);
  });

  it('shows settled proposals only in the full view, struck through when withdrawn', () => {
    const cuba = { ...tabled('c', { delegations: ['Cuba'], op: 'delete-paragraph', paragraphId: 'o5' }), status: 'withdrawn' as const };
    expect(line(zeroDraft, [cuba], 'o5')).toBe('Decides to remain seized of the matter.');
    const all = renderCompilation(zeroDraft, [cuba], { show: 'all' }).find((p) => p.id === 'o5')!;
    expect(runsText(all.runs)).toBe('[Cuba: delete paragraph] (withdrawn) Decides to remain seized of the matter.');
    expect(all.runs.filter((r) => r.proposalId === 'c' && r.role !== 'note').every((r) => r.strike)).toBe(true);
  });

  it('notes merged paragraphs with the labels they had', () => {
    const value = doc(pp('p1', 'Recalling', ' the Declaration,'), { ...op('o2', 'Decides', ' to act;'), mergedFrom: ['o2', 'alt', 'o7'] });
    const labels = new Map([['alt', 'OP2 alt'], ['o7', 'OP7']]);
    const out = renderCompilation(value, [], { mergedLabels: labels });
    expect(runsText(out[1]!.runs)).toBe('(OP1 merged with OP2 alt and OP7) Decides to act;');
  });

  it('keeps footnote markers with their numbers and never loses a proposal whose words are gone', () => {
    const paragraph = { ...pp('p1', 'Recalling', ''), children: [{ text: 'Recalling', opener: true as const }, { text: ' the Convention' }, makeFootnoteRef('f1'), { text: ',' }] };
    const value = [...doc(paragraph).slice(0, -1), makeFootnoteList([makeFootnote(freeText('United Nations, Treaty Series, vol. 1577, No. 27531.'), 'f1')])];
    // Tabled on words a later edit removed: shown at the end of the paragraph.
    const lost = { ...tabled('l', { delegations: ['Peru'], op: 'delete', paragraphId: 'p1', words: 'United Nations' }), anchor: 'the Protocol' };
    const out = renderCompilation(value, [lost])[0]!;
    expect(out.runs.find((r) => r.footnoteId)).toMatchObject({ footnoteId: 'f1', text: '1' });
    expect(runsText(out.runs)).toBe('Recalling the Convention, [Peru: delete: the Protocol]');
  });
});
