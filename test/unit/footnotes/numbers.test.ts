import { describe, expect, it } from 'vitest';
import { footnoteMarkers, footnoteNumbers } from '../../../shared/footnotes/numbers';
import { makeAdoptingBody, makeEmbedded } from '../../../shared/model/factories';
import { docWith, note, op, pp, textNote, unts } from './support/build';

describe('footnoteNumbers', () => {
  it('numbers by first reference across preamble and operative part, embedded resolutions included', () => {
    const value = docWith(
      [
        pp('p1', 'Recalling| the Convention[c] and the Protocol,[b]'),
        op('o0', 'Recommends| the adoption of the following draft resolution:'),
        makeEmbedded([makeAdoptingBody('The General Assembly,'), pp('p2', 'Noting| the note,[a]'), op('o1', 'Urges| parties to the Convention[c2]')]),
      ],
      [note('a', textNote('A note.')), note('b', unts('2171', '27531')), note('c', unts('1577', '27531')), note('c2', unts('1577', '27531'))],
    );
    expect([...footnoteNumbers(value)]).toEqual([['c', 1], ['b', 2], ['a', 3], ['c2', 4]]);
  });

  it('gives a reused marker its first number, skips deleted paragraphs and unreferenced footnotes', () => {
    const deleted = { ...pp('p2', 'Noting| the note,[x]'), del: { id: 'r1', author: 'A', date: '2024-01-01T00:00:00Z' } };
    const value = docWith(
      [pp('p1', 'Recalling| the Convention,[c]'), deleted, op('o1', 'Urges| the Convention[c] and the note[n]')],
      [note('c', unts('1577', '27531')), note('x', textNote('Gone.')), note('n', textNote('A note.')), note('unused', textNote('Never referred to.'))],
    );
    expect([...footnoteNumbers(value)]).toEqual([['c', 1], ['n', 2]]);
  });

  it('says where each marker stands', () => {
    const value = docWith([pp('p1', 'Recalling| the Convention,[c]'), op('o1', 'Urges| the Convention[c]')], [note('c', unts('1577', '27531'))]);
    expect(footnoteMarkers(value).map(({ holder, offset, part }) => ({ holder, offset, part }))).toEqual([
      { holder: 'p1', offset: 25, part: 'preamble' },
      { holder: 'o1', offset: 20, part: 'operative' },
    ]);
  });
});
