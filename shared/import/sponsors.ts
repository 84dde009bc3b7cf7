import type { Sponsor, SponsorRole } from '../model/types';

/**
 * Sponsor lists as printed: "Andorra, Australia, …, Peru and Philippines" (no serial comma, un-format.md
 * §1.3), with "(on behalf of …)" notes. Names that contain " and " are kept whole.
 */
const COMPOUNDS = [
  'Antigua and Barbuda', 'Bosnia and Herzegovina', 'Saint Kitts and Nevis', 'Saint Vincent and the Grenadines',
  'Sao Tome and Principe', 'Trinidad and Tobago', 'United Kingdom of Great Britain and Northern Ireland',
  'Heard Island and McDonald Islands', 'Wallis and Futuna', 'Turks and Caicos Islands', 'Group of 77 and China',
];
const GLUE = '\uE020';
const OPEN = '\uE021';
const SPACE = '\uE022';

export interface ParsedSponsor {
  name: string;
  onBehalfOf?: string;
  /** text after the name that was neither a note nor part of it ("*" marks are kept by the caller) */
  suffix: string;
}

/** Splits a printed list into names; parenthesised notes stay with their name. */
export function splitNameList(list: string): string[] {
  let text = list.trim();
  for (const name of COMPOUNDS) text = text.split(name).join(name.split(' and ').join(GLUE));
  // protect separators inside parentheses ("(on behalf of the Group of 77 and China)")
  let depth = 0;
  let guarded = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    guarded += depth > 0 && ch === ',' ? OPEN : depth > 0 && ch === ' ' ? SPACE : ch;
  }
  const parts = guarded.split(/\s*,\s*/).flatMap((part, i, all) => (i === all.length - 1 ? part.split(/\s+and\s+/) : [part]));
  return parts
    .map((p) =>
      p.split(GLUE).join(' and ').split(OPEN).join(',').split(SPACE).join(' ').trim(),
    )
    .filter((p) => p.length > 0);
}

const NOTE = /^(.*?)\s*\((on behalf of [^)]*)\)\s*(.*)$/i;

export function parseSponsorName(entry: string): ParsedSponsor {
  const m = NOTE.exec(entry);
  if (!m) return { name: entry.trim(), suffix: '' };
  return { name: m[1]!.trim(), onBehalfOf: m[2]!.trim(), suffix: m[3]!.trim() };
}

export function makeSponsors(list: string, role: SponsorRole): Sponsor[] {
  return splitNameList(list)
    .map(parseSponsorName)
    .filter((s) => s.name.length > 0)
    .map((s) => (s.onBehalfOf ? { name: s.name, role, onBehalfOf: s.onBehalfOf } : { name: s.name, role }));
}
