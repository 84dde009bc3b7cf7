import { z } from 'zod';
import { Citation } from './citation';

/**
 * The reference table of instruments (un-format.md §5.5): which names are known, and the citation a new
 * footnote takes. `citation: null` marks a known instrument that is not footnoted (the Charter never is).
 */
export const TreatyEntry = z.object({
  id: z.string(),
  /** the official name first, then aliases as drafts write them ("the 1967 Protocol thereto") */
  names: z.array(z.string()).min(1),
  citation: Citation.nullable(),
  /** why a known instrument takes no footnote */
  noteWhenNull: z.string().optional(),
  /** other valid citations, by era (UNTOC as "General Assembly resolution 55/25, annex I." before the UNTS volume) */
  alternatives: z.array(Citation).optional(),
  /** where the entry comes from: the shipped data sets, the spec's seed table, or the user */
  origin: z.enum(['unts', 'annex', 'spec', 'user']),
});
export type TreatyEntry = z.infer<typeof TreatyEntry>;

export const TreatyTable = z.object({
  /** attribution of the data the table was mined from */
  notice: z.string(),
  entries: z.array(TreatyEntry),
});
export type TreatyTable = z.infer<typeof TreatyTable>;

/** A user's own entries (Preferences.userTreaties) added to the shipped table; theirs win on a shared name. */
export function withUserEntries(table: readonly TreatyEntry[], user: readonly { id: string; names: string[]; citation: unknown }[]): TreatyEntry[] {
  const own: TreatyEntry[] = [];
  for (const entry of user) {
    const citation = Citation.nullable().safeParse(entry.citation ?? null);
    if (citation.success && entry.names.length > 0) own.push({ id: entry.id, names: entry.names, citation: citation.data, origin: 'user' });
  }
  return [...own, ...table];
}

/** The shipped table's entries from its JSON (assets/treaties.json); a damaged table gives none and says why. */
export function readTreatyTable(json: unknown): { entries: TreatyEntry[]; error: string | null } {
  const parsed = TreatyTable.safeParse(json);
  if (parsed.success) return { entries: parsed.data.entries, error: null };
  return { entries: [], error: `the treaty table is damaged: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
}
