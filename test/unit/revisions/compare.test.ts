import { describe, expect, it } from 'vitest';
import { makeOperative, makePreambular } from '../../../shared/model/factories';
import { compareValues, toCompareJson } from '../../../shared/revisions/compare';
import { doc, op, pp } from '../../support/nodes';

const base = doc(
  pp('p1', 'Recalling', ' its resolution 74/174 of 18 December 2019,'),
  pp('p2', 'Noting', ' the work of the Open-ended Intergovernmental Expert Group,'),
  op('o1', 'Urges', ' Member States to criminalize child sexual exploitation;'),
  op('o2', 'Encourages', ' Member States to share best practices;'),
  op('o3', 'Requests', ' the Secretary-General to report on the implementation of the present resolution;'),
);

describe('compareValues on two revisions of one document (stable ids)', () => {
  // Rev.1: a new OP inserted first, o2 edited, p2 deleted, o3 moved before o2.
  const rev1 = doc(
    pp('p1', 'Recalling', ' its resolution 74/174 of 18 December 2019,'),
    op('o9', 'Welcomes', ' the report of the Secretary-General;'),
    op('o1', 'Urges', ' Member States to criminalize child sexual exploitation;'),
    op('o3', 'Requests', ' the Secretary-General to report on the implementation of the present resolution;'),
    op('o2', 'Also encourages', ' Member States to share good practices;'),
  );
  const result = compareValues(base, rev1);

  it('pairs by id and maps old numbers to new ones', () => {
    expect(result.numberMap).toEqual([
      { a: 'PP1', b: 'PP1' },
      { a: 'PP2', b: null },
      { a: 'OP1', b: 'OP2' },
      { a: 'OP2', b: 'OP4' },
      { a: 'OP3', b: 'OP3' },
    ]);
    expect(result.pairs.every((p) => p.matchedBy === 'id')).toBe(true);
  });

  it('reports added and removed paragraphs by ref', () => {
    const json = toCompareJson(result);
    expect(json.added).toEqual(['OP1']);
    expect(json.removed).toEqual(['PP2']);
  });

  it('shows a moved paragraph as moved, with its inner edits', () => {
    const moved = result.pairs.filter((p) => p.moved).map((p) => [p.aRef, p.bRef]);
    expect(moved).toEqual([['OP2', 'OP4']]);
    const o2 = result.pairs.find((p) => p.aId === 'o2')!;
    expect(o2.changes.filter((c) => c.op !== 'equal').map((c) => [c.op, c.text])).toEqual([
      ['delete', 'Encourages'],
      ['insert', 'Also encourages'],
      ['delete', 'best'],
      ['insert', 'good'],
    ]);
  });

  it('keeps an id pair even when the wording changed completely (identity first)', () => {
    const rewritten = doc(op('o1', 'Decides', ' to convene a high-level meeting in 2027;'));
    const pair = compareValues(doc(op('o1', 'Urges', ' Member States to act;')), rewritten).pairs[0]!;
    expect([pair.aRef, pair.bRef, pair.matchedBy]).toEqual(['OP1', 'OP1', 'id']);
    expect(pair.similarity).toBeLessThan(0.2);
  });
});

describe('compareValues on two documents (no shared ids)', () => {
  const other = doc(
    makePreambular('Recalling its resolution 74/174 of 18 December 2019 on countering child sexual abuse online,', 'x1'),
    makeOperative('Requests the Secretary-General to report to it on the implementation of the present resolution;', 0, 'x2'),
    makeOperative('Urges Member States to criminalize all forms of child sexual exploitation;', 0, 'x3'),
    makeOperative('Decides to remain seized of the matter.', 0, 'x4'),
  );
  const result = compareValues(base, other);

  it('pairs paragraphs that share language and leaves the rest unpaired', () => {
    expect(result.pairs.map((p) => [p.aRef, p.bRef, p.matchedBy])).toEqual([
      ['PP1', 'PP1', 'similarity'],
      ['OP3', 'OP1', 'similarity'],
      ['OP1', 'OP2', 'similarity'],
    ]);
    expect(result.added.map((p) => p.ref)).toEqual(['OP3']);
    expect(result.removed.map((p) => p.ref)).toEqual(['PP2', 'OP2']);
  });

  it('marks the pair that broke the order as moved', () => {
    expect(result.pairs.filter((p) => p.moved).map((p) => p.bRef)).toEqual(['OP1']);
  });

  it('ignores ids that agree only by accident (two independent imports)', () => {
    const ids: Record<string, string> = { x2: 'o1', x3: 'o2', x4: 'o3' };
    const renamed = other.map((n) => ('id' in n && ids[n.id] ? { ...n, id: ids[n.id]! } : n));
    const again = compareValues(base, renamed);
    expect(again.pairs.map((p) => [p.aRef, p.bRef, p.matchedBy])).toEqual(result.pairs.map((p) => [p.aRef, p.bRef, p.matchedBy]));
  });
});
