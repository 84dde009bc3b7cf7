import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTreatyTable, type TreatyEntry } from '../../../../shared/citations/treaty-table';

/** The shipped table, read the way the app reads it. */
export const shippedEntries = (): TreatyEntry[] => {
  const { entries, error } = readTreatyTable(JSON.parse(readFileSync(join(import.meta.dirname, '../../../../assets/treaties.json'), 'utf8')));
  if (error) throw new Error(error);
  return entries;
};
