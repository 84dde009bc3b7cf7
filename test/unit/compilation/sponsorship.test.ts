import { describe, expect, it } from 'vitest';
import { addSponsor, joinAsAdditional, moveSponsor, removeSponsor, withdrawSponsor } from '../../../shared/compilation/sponsorship';
import type { Sponsor } from '../../../shared/model/types';

const start: Sponsor[] = [{ name: 'Ecuador', role: 'main' }, { name: 'Chile', role: 'sponsor' }];

describe('editing sponsors', () => {
  it('adds at the end and updates a name already there instead of duplicating it', () => {
    const added = addSponsor(start, { name: ' Peru ', role: 'sponsor' });
    expect(added.map((s) => s.name)).toEqual(['Ecuador', 'Chile', 'Peru']);
    const again = addSponsor(withdrawSponsor(added, 'chile', '2026-03-08'), { name: 'Chile', role: 'sponsor', onBehalfOf: 'Group of 77 and China' });
    expect(again[1]).toEqual({ name: 'Chile', role: 'sponsor', onBehalfOf: 'Group of 77 and China' });
  });

  it('records additional sponsors with the date and revision they joined', () => {
    expect(joinAsAdditional(start, 'Mexico', '2026-03-05', 'L.3/Rev.1').at(-1)).toEqual({ name: 'Mexico', role: 'additional', joined: '2026-03-05', joinedVersion: 'L.3/Rev.1' });
  });

  it('keeps a withdrawal in the record but removes a mistaken entry', () => {
    expect(withdrawSponsor(start, 'Chile', '2026-03-08')[1]).toEqual({ name: 'Chile', role: 'sponsor', withdrawn: '2026-03-08' });
    expect(removeSponsor(start, 'Chile')).toEqual([start[0]]);
  });

  it('moves a sponsor within the list', () => {
    expect(moveSponsor([...start, { name: 'Peru', role: 'sponsor' }], 2, 0).map((s) => s.name)).toEqual(['Peru', 'Ecuador', 'Chile']);
  });
});
