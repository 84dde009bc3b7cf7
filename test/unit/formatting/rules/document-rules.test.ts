import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../../shared/model/citation';
import { clause, makeAdoptingBody, makeFootnote, makeFootnoteList, makeFootnoteRef, makeHeader, makeOperative, makePreambular, makeTitle } from '../../../../shared/model/factories';
import { defaultSettings } from '../../../../shared/model/settings';
import { doc, op, pp } from '../../../support/nodes';
import { lintWith } from '../rule-harness';

const unts = (vol: string, no: string): Citation => ({ kind: 'unts', vols: [vol], nos: [no] });
const summary = (ds: ReturnType<typeof lintWith>) => ds.map((d) => `${d.rule} ${d.ref} ${d.severity}${d.fix ? ` →${d.fix.replacement}` : ''}`);

describe('un-abbreviation', () => {
  it('spells out "UN" and wants an acronym defined at its first use only', () => {
    const value = doc(
      pp('p1', 'Noting', ' the work of the UN and of INTERPOL,'),
      pp('p2', 'Welcoming', ' the International Criminal Police Organization (INTERPOL) and UN-Women,'),
      op('o1', 'Requests', ' UNODC to report, as HIV/AIDS and COVID-19 remain.'),
    );
    expect(summary(lintWith(value, ['un-abbreviation']))).toEqual([
      'un-abbreviation PP1 info →United Nations',
      'un-abbreviation PP1 info',
      'un-abbreviation OP1 info',
    ]);
  });
});

describe('its-own-resolution and the Security Council rule set', () => {
  it('suggests "its" for the adopting body’s own resolutions, right after the opener only', () => {
    const value = doc(
      pp('p1', 'Recalling', ' General Assembly resolution 61/146 of 19 December 2006,'),
      pp('p2', 'Recognizing', ' the roles, in accordance with General Assembly resolution 46/152 and Economic and Social Council resolution 1992/22,'),
      op('o1', 'Urges', ' States.'),
    );
    expect(summary(lintWith(value, ['its-own-resolution']))).toEqual(['its-own-resolution PP1 info →its']);
  });

  it('expects "Decides to remain seized of the matter." in Security Council texts only', () => {
    const value = [makeHeader(), makeTitle('T'), makeAdoptingBody('The Security Council,'), pp('p1', 'Determining', ' that the situation is a threat,'), op('o1', 'Decides', ' to extend the mandate.'), makeFootnoteList()];
    expect(summary(lintWith(value, ['sc-remain-seized']))).toEqual(['sc-remain-seized OP1 info']);
    expect(lintWith(value, ['sc-remain-seized'], { organ: 'ga' })).toEqual([]);
  });
});

describe('footnote policy and form checks', () => {
  const crc = unts('1577', '27531');
  const value = (importedText?: string) => [
    makeHeader(),
    makeTitle('T'),
    makeAdoptingBody('The General Assembly,'),
    makePreambular([...clause('Recalling', ' the Convention on the Rights of the Child'), makeFootnoteRef('f1'), { text: ',' }], 'p1'),
    makeOperative([...clause('Urges', ' accession to the Convention on the Rights of the Child'), makeFootnoteRef('f2'), { text: '.' }], 0, 'o1'),
    makeFootnoteList([makeFootnote(crc, 'f1', importedText), makeFootnote(crc, 'f2', '*Ibid.*')]),
  ];

  it('reports an operative footnote repeating the preamble’s under the "none" policy, not under "new-footnote"', () => {
    expect(summary(lintWith(value(), ['footnote-repeat']))).toEqual(['footnote-repeat OP1 info →d']);
    const settings = { ...defaultSettings(), footnoteRepeat: 'new-footnote' as const };
    expect(lintWith(value(), ['footnote-repeat'], { settings })).toEqual([]);
  });

  it('compares imported citations with the UN form, and Ibid. italics with the setting', () => {
    expect(summary(lintWith(value('United Nations, Treaty Series, vol. 1577 No. 27531.'), ['footnote-citation-format']))).toEqual([
      'footnote-citation-format fn1 warning →United Nations, Treaty Series, vol. 1577, No. 27531.',
    ]);
    expect(lintWith(value('United Nations, *Treaty Series*, vol. 1577, No. 27531.'), ['footnote-citation-format'])).toEqual([]);
    expect(lintWith(value(), ['ibid-style'])).toEqual([]);
    const roman = { ...defaultSettings(), ibidStyle: 'roman' as const };
    const style = summary(lintWith(value(), ['ibid-style'], { settings: roman }));
    expect(style).toHaveLength(1);
    expect(style[0]).toMatch(/^ibid-style fn2 info →Ibid\./);
  });
});
