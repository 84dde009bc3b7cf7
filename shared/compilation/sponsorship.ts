import type { Sponsor } from '../model/types';

/** Editing the sponsors (pure): the order entered is kept, names are never sorted (un-format.md §1.3). */

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Adds a sponsor at the end; a name already there is updated in place (and un-withdrawn) instead. */
export function addSponsor(sponsors: readonly Sponsor[], sponsor: Sponsor): Sponsor[] {
  const entry = { ...sponsor, name: sponsor.name.trim() };
  const at = sponsors.findIndex((s) => same(s.name, entry.name));
  if (at < 0) return [...sponsors, entry];
  return sponsors.map((s, i) => (i === at ? entry : s));
}

/** A delegation joining after issuance: an additional sponsor with the date (and revision) it joined. */
export const joinAsAdditional = (sponsors: readonly Sponsor[], name: string, date: string, version?: string): Sponsor[] =>
  addSponsor(sponsors, { name, role: 'additional', joined: date, ...(version ? { joinedVersion: version } : {}) });

/** Co-sponsorship withdrawn on a date: kept in the record, left off the sponsors line from then on. */
export const withdrawSponsor = (sponsors: readonly Sponsor[], name: string, date: string): Sponsor[] =>
  sponsors.map((s) => (same(s.name, name) ? { ...s, withdrawn: date } : s));

/** Removes an entry made by mistake (unlike a withdrawal, nothing is kept). */
export const removeSponsor = (sponsors: readonly Sponsor[], name: string): Sponsor[] => sponsors.filter((s) => !same(s.name, name));

/** Moves a sponsor to another place in the list. */
export function moveSponsor(sponsors: readonly Sponsor[], from: number, to: number): Sponsor[] {
  const out = [...sponsors];
  const [moved] = out.splice(from, 1);
  if (moved) out.splice(Math.max(0, Math.min(to, out.length)), 0, moved);
  return out;
}
