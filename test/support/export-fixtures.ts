import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument } from '../../shared/import/index';
import type { PenholderFile } from '../../shared/model/file-schema';
import type { Proposal } from '../../shared/model/proposal';
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

const openProposal = (init: Partial<Proposal> & Pick<Proposal, 'id' | 'op' | 'paragraphId'>): Proposal => ({
  delegations: ['European Union'],
  range: null,
  text: '',
  supportedBy: [],
  status: 'open',
  date: '2024-03-01T10:00:00Z',
  ...init,
});

/** Three open proposals on the hand case `draft-with-subparagraphs`: an insertion, a deletion, a new OP (bis). */
export const compilationProposals = (): Proposal[] => [
  openProposal({ id: 'x1', op: 'add', paragraphId: 'pp2', range: { start: 15, end: 15 }, text: 'also ' }),
  openProposal({ id: 'x2', op: 'delete', paragraphId: 'op2', delegations: ['African Group'], range: { start: 0, end: 8 } }),
  openProposal({ id: 'x3', op: 'add-paragraph', paragraphId: 'op3', placement: 'bis', kind: 'operative', text: 'Decides further to review the matter;' }),
];
