import treatiesJson from '../../../assets/treaties.json?raw';
import { createInstrumentMatcher, type InstrumentMatcher } from '../../../shared/citations/instrument-match';
import { readTreatyTable, withUserEntries, type TreatyEntry } from '../../../shared/citations/treaty-table';
import type { Preferences } from '../../../shared/settings/preferences';
import { useAppStore } from '../../state/store';

/** The shipped instrument table, read once; a damaged file leaves the table empty (offers stop, nothing else). */
const shipped = readTreatyTable(JSON.parse(treatiesJson) as unknown);
if (shipped.error) console.warn(shipped.error);

let cached: { user: Preferences['userTreaties']; entries: TreatyEntry[]; matcher: InstrumentMatcher } | null = null;

/** The table with the user's own entries first, and its matcher; rebuilt only when those entries change. */
export function currentTable(): { entries: TreatyEntry[]; matcher: InstrumentMatcher } {
  const user = useAppStore.getState().preferences.userTreaties;
  if (!cached || cached.user !== user) {
    const entries = withUserEntries(shipped.entries, user);
    cached = { user, entries, matcher: createInstrumentMatcher(entries) };
  }
  return cached;
}

export const treatyNotice = (): string => (JSON.parse(treatiesJson) as { notice?: string }).notice ?? '';
