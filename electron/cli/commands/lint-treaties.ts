import { readFile } from 'node:fs/promises';
import { readTreatyTable, type TreatyEntry } from '../../../shared/citations/treaty-table';

const TABLE = new URL('../../../assets/treaties.json', import.meta.url);

/** The shipped treaty table for the instrument-name checks; without it the linter uses its local table only. */
export async function shippedTreaties(): Promise<TreatyEntry[]> {
  try {
    return readTreatyTable(JSON.parse(await readFile(TABLE, 'utf8')) as unknown).entries;
  } catch {
    return [];
  }
}
