/**
 * The organ rule sets (`penholder lint --rules <set>`): practice differs by organ, e.g. Security Council openers
 * ("Acting under Chapter VII …", "Determines") and its closing "Decides to remain seized of the matter.".
 */
export const ORGANS = ['ga', 'sc', 'ecosoc', 'hrc', 'commission'] as const;
export type Organ = (typeof ORGANS)[number];

export const organNames: Record<Organ, string> = {
  ga: 'General Assembly',
  sc: 'Security Council',
  ecosoc: 'Economic and Social Council',
  hrc: 'Human Rights Council',
  commission: 'functional commission',
};

const ALIASES: Record<string, Organ> = {
  ga: 'ga', 'general-assembly': 'ga', sc: 'sc', 'security-council': 'sc', ecosoc: 'ecosoc',
  'economic-and-social-council': 'ecosoc', hrc: 'hrc', 'human-rights-council': 'hrc', commission: 'commission',
  'functional-commission': 'commission', ccpcj: 'commission', csw: 'commission', cnd: 'commission',
};

/** Parses a rule-set name ("ga", "General Assembly", "security-council" …); null when unknown. */
export function parseOrgan(name: string): Organ | null {
  return ALIASES[name.trim().toLowerCase().replace(/\s+/g, '-')] ?? null;
}

/** The organ of an adopting-body formula or an organ name ("The Commission on …" → commission). */
export function organOf(formulaOrName: string | null | undefined): Organ | null {
  if (!formulaOrName) return null;
  const s = formulaOrName.replace(/^\W*(the\s+)?/i, '').toLowerCase();
  if (s.startsWith('general assembly')) return 'ga';
  if (s.startsWith('security council')) return 'sc';
  if (s.startsWith('economic and social council')) return 'ecosoc';
  if (s.startsWith('human rights council')) return 'hrc';
  if (s.startsWith('commission')) return 'commission';
  return null;
}
