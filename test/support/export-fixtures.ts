import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument } from '../../shared/import/index';
import type { PenholderFile } from '../../shared/model/file-schema';
import { parsePenholderFile } from '../../shared/model/read-file';

/** Where the export tests find their inputs: hand-written documents and the real seeds. */
// __dirname under vitest (any environment), the module's own folder under plain tsx
const here = typeof __dirname === 'string' ? __dirname : fileURLToPath(new URL('.', import.meta.url));
export const GOLDEN_DIR = join(here, '../golden/docx');
export const SEEDS_DIR = join(here, '../../../shared/seeds');

/** The seed files the export checks use (the resolution seeds; 002 is a report). */
export const EXPORT_SEEDS = {
  '000': '000_927ae4f0917091cd.txt',
  '001': '001_48a48206d42da546.txt',
  '003': '003_3168e06af5b9614a.txt',
  '004': '004_2212778934c84f96.txt',
} as const;
export type SeedKey = keyof typeof EXPORT_SEEDS;

export function readPenholder(path: string): PenholderFile {
  const parsed = parsePenholderFile(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error}`);
  return parsed.file;
}

/** A seed through the real importer; throws while the importer cannot read it. */
export async function importSeed(key: SeedKey): Promise<PenholderFile> {
  const name = EXPORT_SEEDS[key];
  const result = await importDocument({ name, bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, name))) });
  if (!result.ok) throw new Error(result.error);
  return result.file;
}

/** The hand-written cases: folders of test/golden/docx with an input.penholder.json. */
export const handCases = (): string[] =>
  readdirSync(GOLDEN_DIR).filter((name) => existsSync(join(GOLDEN_DIR, name, 'input.penholder.json'))).sort();

export const handCase = (name: string): PenholderFile => readPenholder(join(GOLDEN_DIR, name, 'input.penholder.json'));
