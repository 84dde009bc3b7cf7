import { describe, expect, it } from 'vitest';
import { fixAll } from '../../../../shared/formatting/apply-fixes';
import { lint } from '../../../../shared/formatting/lint';
import { summarize } from '../../../../shared/summary/summary';
import { doc, op, pp } from '../../../support/nodes';
import { importShared } from '../seed-docs';
import { lintWith } from '../rule-harness';

const runs = (value: ReturnType<typeof doc>) =>
  lintWith(value, ['also-further-sequence']).map((d) => ({ at: d.ref, fix: d.fix?.replacement, related: d.related ?? [] }));

describe('also-further-sequence (un-format.md §3)', () => {
  it('expects none, also, further, then restarts', () => {
    const value = doc(...['a', 'b', 'c', 'd', 'e'].map((id) => pp(id, 'Recalling', ` resolution ${id},`)), op('o1', 'Urges', ' States.'));
    expect(runs(value)).toEqual([{ at: 'PP2', fix: 'Recalling also', related: ['PP3', 'PP5'] }]);
  });

  it('keeps qualifiers in the base ("Noting with concern" ≠ "Noting")', () => {
    const value = doc(pp('a', 'Noting with concern', ' x,'), pp('b', 'Noting', ' y,'), pp('c', 'Noting also', ' z,'), op('o1', 'Urges', ' States.'));
    expect(runs(value)).toEqual([]);
  });

  it('compares operative verbs on the lemma and with their addressee', () => {
    const value = doc(
      pp('p', 'Recalling', ' x,'),
      op('o1', 'Encourages', ' Member States to act;'),
      op('o2', 'Encourage', ' Member States to report;'),
      op('o3', 'Urges', ' those States that have not yet done so to ratify;'),
      op('o4', 'Urges', ' Member States to establish policies.'),
    );
    expect(runs(value)).toEqual([{ at: 'OP2', fix: 'Also encourages', related: [] }]);
  });

  it('reports an orphan adverb, but not an adverb continuing the same verb with another addressee', () => {
    const orphan = doc(pp('p', 'Recalling', ' x,'), op('o1', 'Encourages', ' States;'), op('o2', 'Further urges', ' States to act.'));
    expect(runs(orphan)).toEqual([{ at: 'OP2', fix: 'Urges', related: [] }]);
    const practice = doc(pp('p', 'Recalling', ' x,'), op('o1', 'Welcomes', ' the report of the Secretary-General;'), op('o2', 'Also welcomes', ' the efforts of States.'));
    expect(runs(practice)).toEqual([]);
  });

  it('rewrites 001 as A/RES/74/174 did (its PP19, OP5, OP6–OP13), keeping OP17–OP18', () => {
    const file = importShared('seeds/001_48a48206d42da546.txt');
    const fixed = fixAll(file.body, lint, { settings: file.settings }, (d) => d.rule === 'also-further-sequence');
    const openers = new Map(summarize(fixed, file.settings).paragraphs.map((p) => [p.ref, p.opener]));
    expect(['PP19', 'PP20'].map((r) => openers.get(r))).toEqual(['Recalling', 'Recalling also']);
    expect(['OP4', 'OP5'].map((r) => openers.get(r))).toEqual(['Urges', 'Also urges']);
    expect(['OP6', 'OP7', 'OP8', 'OP9', 'OP10', 'OP11', 'OP12', 'OP13'].map((r) => openers.get(r))).toEqual([
      'Encourages', 'Also encourages', 'Further encourages', 'Encourages', 'Also encourages', 'Further encourages', 'Encourages', 'Urges',
    ]);
    expect(['OP17', 'OP18'].map((r) => openers.get(r))).toEqual(['Calls upon', 'Calls upon']);
  });
});
