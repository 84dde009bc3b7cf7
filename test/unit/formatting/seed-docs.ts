import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTreatyTable, type TreatyEntry } from '../../../shared/citations/treaty-table';
import { importDocument } from '../../../shared/import/index';
import type { PenholderFile } from '../../../shared/model/file-schema';

/** Test helper: the seeds and AKN samples imported with the real importer. */
export const sharedDir = fileURLToPath(new URL('../../../../shared/', import.meta.url));

export function importShared(relative: string): PenholderFile {
  const name = relative.split('/').pop()!;
  const result = importDocument({ name, bytes: new Uint8Array(readFileSync(sharedDir + relative)) });
  if (!result.ok) throw new Error(result.error);
  return result.file;
}

export const SEEDS = [
  '000_927ae4f0917091cd.txt',
  '001_48a48206d42da546.txt',
  '002_0a645c592a7b96ee.txt',
  '003_3168e06af5b9614a.txt',
  '004_2212778934c84f96.txt',
] as const;

/** The shipped treaty table (assets/treaties.json), as the CLI and the app pass it to the linter. */
export const shippedInstruments: TreatyEntry[] = readTreatyTable(
  JSON.parse(readFileSync(new URL('../../../assets/treaties.json', import.meta.url), 'utf8')) as unknown,
).entries;
