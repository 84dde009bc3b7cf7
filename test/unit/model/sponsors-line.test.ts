import { describe, expect, it } from 'vitest';
import { joinAsAdditional, withdrawSponsor } from '../../../shared/compilation/sponsorship';
import { makeHeader } from '../../../shared/model/factories';
import { additionalSponsors, joinNames, onBehalfNote, sponsorsLine, symbolSeries } from '../../../shared/model/sponsors-line';
import type { Sponsor } from '../../../shared/model/types';

const sponsor = (name: string, extra: Partial<Sponsor> = {}): Sponsor => ({ name, role: 'sponsor', ...extra });

describe('sponsors line (un-format.md §1.3)', () => {
  it.each([
    [[], ''],
    [['Ecuador'], 'Ecuador'],
    [['Ecuador', 'United States of America'], 'Ecuador and United States of America'],
    [['Andorra', 'Australia', 'Honduras', 'Mexico', 'the Kingdom of Saudi Arabia', 'Peru', 'Philippines'], 'Andorra, Australia, Honduras, Mexico, the Kingdom of Saudi Arabia, Peru and Philippines'],
  ])('joins %j without a serial comma', (names, expected) => {
    expect(joinNames(names)).toBe(expected);
  });

  it('writes seed 001: names in the order entered, a status note on the label', () => {
    const names = ['Andorra', 'Australia', 'Honduras', 'Mexico', 'the Kingdom of Saudi Arabia', 'Peru', 'Philippines'];
    const header = makeHeader({
      sponsors: names.map((n) => sponsor(n)),
      sponsorLabel: 'revised draft resolution',
      symbolNotes: [{ anchor: 'sponsorLabel', text: 'Issued without formal editing.' }],
    });
    const line = sponsorsLine(header);
    expect(line.text).toBe('Andorra, Australia, Honduras, Mexico, the Kingdom of Saudi Arabia, Peru and Philippines: revised draft resolution*');
    expect(line.runs.at(-1)).toEqual({ text: '*', mark: true });
    expect(line.notes).toEqual([{ anchor: 'sponsorLabel', text: 'Issued without formal editing.', symbol: '*' }]);
  });

  it('writes seed 004: a group sponsor marked with * and its note generated from "on behalf of"', () => {
    const header = makeHeader({
      sponsors: [sponsor('Colombia', { onBehalfOf: 'Group of Latin American and Caribbean States' }), sponsor('Philippines')],
      sponsorLabel: 'revised draft resolution',
    });
    const line = sponsorsLine(header);
    expect(line.text).toBe('Colombia* and Philippines: revised draft resolution');
    expect(line.runs).toEqual([{ text: 'Colombia' }, { text: '*', mark: true }, { text: ' and Philippines: revised draft resolution' }]);
    expect(line.notes.map((n) => [n.symbol, n.target, n.text])).toEqual([
      ['*', 'Colombia', 'On behalf of the States Members of the United Nations that are members of the Group of Latin American and Caribbean States.'],
    ]);
  });

  it('numbers the * series in page order and uses a stored note rather than generating one', () => {
    const header = makeHeader({
      sponsors: [sponsor('Pakistan', { onBehalfOf: 'Group of 77 and China' }), sponsor('Colombia', { onBehalfOf: 'x' })],
      sponsorLabel: 'draft resolution',
      symbolNotes: [
        { anchor: 'sponsorLabel', text: 'Reissued for technical reasons on 3 March 2026.' },
        { anchor: 'sponsor', target: 'Colombia', text: 'On behalf of the Group of Latin American and Caribbean States.' },
        { anchor: 'agendaItem', text: 'A/81/150.' },
      ],
    });
    expect(symbolSeries(header).map((n) => [n.symbol, n.anchor, n.text])).toEqual([
      ['*', 'agendaItem', 'A/81/150.'],
      ['**', 'sponsor', 'On behalf of the Group of 77 and China.'],
      ['***', 'sponsor', 'On behalf of the Group of Latin American and Caribbean States.'],
      ['****', 'sponsorLabel', 'Reissued for technical reasons on 3 March 2026.'],
    ]);
    expect(sponsorsLine(header).text).toBe('Pakistan** and Colombia***: draft resolution****');
  });

  it('can print "on behalf of" inline instead', () => {
    const header = makeHeader({ sponsors: [sponsor('Pakistan', { onBehalfOf: 'Group of 77 and China' })], sponsorLabel: 'draft resolution' });
    const line = sponsorsLine(header, { onBehalf: 'inline' });
    expect([line.text, line.notes]).toEqual(['Pakistan (on behalf of the Group of 77 and China): draft resolution', []]);
  });

  it.each([
    ['Group of 77 and China', 'On behalf of the Group of 77 and China.'],
    ['the European Union', 'On behalf of the European Union.'],
    ['Group of African States', 'On behalf of the States Members of the United Nations that are members of the Group of African States.'],
    ['On behalf of the States Members of the United Nations that are members of the Group of Latin American and Caribbean States.', 'On behalf of the States Members of the United Nations that are members of the Group of Latin American and Caribbean States.'],
  ])('note for %s', (group, note) => {
    expect(onBehalfNote(group)).toBe(note);
  });

  it('shows the sponsors as of a version: additional sponsors once they joined, withdrawn ones no more', () => {
    let sponsors: Sponsor[] = [{ name: 'Ecuador', role: 'main' }, sponsor('Chile')];
    sponsors = joinAsAdditional(sponsors, 'Peru', '2026-03-10', 'L.3/Rev.1');
    sponsors = joinAsAdditional(sponsors, 'Mexico', '2026-03-05');
    sponsors = withdrawSponsor(sponsors, 'Chile', '2026-03-08');
    const header = (asOf?: string) => sponsorsLine(makeHeader({ sponsors, sponsorLabel: 'draft resolution' }), asOf ? { date: asOf } : {}).text;
    expect(header('2026-03-01')).toBe('Ecuador and Chile: draft resolution');
    expect(header('2026-03-06')).toBe('Ecuador, Chile and Mexico: draft resolution');
    // The order entered is kept, even when it differs from the order of joining.
    expect(header('2026-03-11')).toBe('Ecuador, Peru and Mexico: draft resolution');
    expect(header()).toBe('Ecuador: draft resolution');
    expect(additionalSponsors(sponsors).map((s) => [s.name, s.joined])).toEqual([['Mexico', '2026-03-05'], ['Peru', '2026-03-10']]);
  });

  it('prints the label alone when there is no sponsor (a facilitator text)', () => {
    expect(sponsorsLine(makeHeader({ sponsorLabel: 'draft resolution' })).text).toBe('Draft resolution');
  });
});
