import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { ResolutionElement } from '../../../shared/model/guards';
import { makeFile } from '../../../shared/model/read-file';
import { paragraphText } from '../../../shared/model/text';
import { mergeCopy } from '../../../shared/compilation/merge';
import { mergeFiles } from '../../../shared/compilation/merge-files';
import { saveRevision } from '../../../shared/revisions/named-revisions';
import { acceptAll, listChanges, rejectAll } from '../../../shared/revisions/tracked-changes';
import { doc, op, pp } from '../../support/nodes';

const DATE = '2026-03-04T09:00:00Z';
const texts = (value: readonly Descendant[]) =>
  value.filter(ResolutionElement.isParagraph).filter((p) => !p.del).map((p) => `${p.id}: ${paragraphText(p.children)}`);

const base = doc(
  pp('p1', 'Recalling', ' its resolution 74/174,'),
  op('o1', 'Urges', ' Member States to act in good faith;'),
  op('o2', 'Encourages', ' Member States to share best practices;'),
  op('o3', 'Requests', ' the Secretary-General to report at its next session;'),
  op('o4', 'Invites', ' donors to contribute;'),
);
// My copy: o1's first words changed, o3 changed, o4 deleted, a paragraph of my own added.
const mine = doc(
  pp('p1', 'Recalling', ' its resolution 74/174,'),
  op('o1', 'Strongly urges', ' Member States to act in good faith;'),
  op('o2', 'Encourages', ' Member States to share best practices;'),
  op('o3', 'Requests', ' the Secretary-General to report at its eightieth session;'),
  op('m1', 'Decides', ' to remain seized of the matter.'),
);
// Norway's copy, edited offline from the same base.
const theirs = doc(
  op('o1', 'Urges', ' Member States to act in good faith and without delay;'),
  op('o2', 'Encourages', ' Member States to share good practices;'),
  op('n1', 'Welcomes', ' the work of the Expert Group;'),
  op('o3', 'Requests', ' the Secretary-General to report at its eighty-first session;'),
  op('o4', 'Invites', ' donors and the private sector to contribute;'),
);

describe('merging a copy edited offline (three-way, with the common base)', () => {
  const result = mergeCopy(mine, theirs, { author: 'Norway', date: DATE, base });

  it('writes their changes as tracked changes attributed to them, paragraph by paragraph', () => {
    expect(new Set(listChanges(result.value).map((c) => c.author))).toEqual(new Set(['Norway']));
    expect(texts(acceptAll(result.value))).toEqual([
      'o1: Strongly urges Member States to act in good faith and without delay;',
      'o2: Encourages Member States to share good practices;',
      'n1: Welcomes the work of the Expert Group;',
      'o3: Requests the Secretary-General to report at its eightieth session;',
      'o4: Invites donors and the private sector to contribute;',
      'm1: Decides to remain seized of the matter.',
    ]);
    expect(result.merged).toEqual(['o1', 'o2']);
  });

  it('takes their deletion of a paragraph I left alone as a tracked deletion', () => {
    const p1 = result.value.filter(ResolutionElement.isParagraph).find((p) => p.id === 'p1')!;
    expect(p1.del?.author).toBe('Norway');
  });

  it('rejecting all of their changes gives my text back (plus what I had deleted and they edited)', () => {
    expect(texts(rejectAll(result.value))).toEqual(texts(mine));
  });

  it('shows conflicts instead of losing them: their version is tabled as a proposal in their name', () => {
    expect(result.conflicts.map((c) => [c.kind, c.paragraphId, c.mine, c.theirs])).toEqual([
      ['deleted-by-me', 'o4', null, 'Invites donors and the private sector to contribute;'],
      ['both-edited', 'o3', 'Requests the Secretary-General to report at its eightieth session;', 'Requests the Secretary-General to report at its eighty-first session;'],
    ]);
    expect(result.proposals).toEqual([
      expect.objectContaining({ delegations: ['Norway'], op: 'replace', paragraphId: 'o3', status: 'open', text: 'Requests the Secretary-General to report at its eighty-first session;' }),
    ]);
    expect(result.conflicts[1]!.proposalId).toBe(result.proposals[0]!.id);
  });
});

describe('merging without a common base (a .docx copy, a file from elsewhere)', () => {
  it('treats every difference as theirs', () => {
    const result = mergeCopy(mine, theirs, { author: 'Norway', date: DATE });
    expect(result.conflicts).toEqual([]);
    expect(texts(acceptAll(result.value))).toEqual(texts(theirs));
    expect(texts(rejectAll(result.value))).toEqual(texts(mine));
  });
});

describe('mergeFiles', () => {
  it('finds the latest revision both files hold and merges three-way from it', () => {
    const { file: withBase } = saveRevision(makeFile(base), { label: 'Rev.1', date: DATE });
    const myFile = { ...withBase, body: mine };
    const theirFile = { ...withBase, body: theirs };
    const result = mergeFiles(myFile, theirFile, { author: 'Norway', date: DATE });
    expect(result.baseLabel).toBe('Rev.1');
    expect(result.file.proposals).toHaveLength(1);
    expect(result.conflicts).toHaveLength(2);
  });

  it('merges two-way when the files share no revision', () => {
    const result = mergeFiles(makeFile(mine), makeFile(theirs), { author: 'Norway', date: DATE });
    expect([result.baseLabel, result.conflicts]).toEqual([null, []]);
  });
});
