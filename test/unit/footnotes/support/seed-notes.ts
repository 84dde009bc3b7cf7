import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The read-only seeds (../shared/seeds from the repo). */
export const seedsDir = join(import.meta.dirname, '../../../../../shared/seeds');

export const seedPath = (seed: string): string => {
  const name = readdirSync(seedsDir).find((f) => f.startsWith(`${seed}_`));
  if (!name) throw new Error(`seed ${seed} not found in ${seedsDir}`);
  return join(seedsDir, name);
};

const SUPERSCRIPT: Record<string, string> = { '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁰': '0' };
const DEFINITION = /^(?:<sup>&<\/sup>lt;sup>(\d+)<\/sup>|<sup>(\d+)<\/sup>|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)) (.+)$/;

/**
 * The numbered footnote texts a seed prints, verbatim, by number: a fixture reader for these tests only
 * (the real importer is shared/import), kept deliberately literal so it cannot share the importer's mistakes.
 */
export function seedNotes(seed: string): string[] {
  const notes: string[] = [];
  for (const line of readFileSync(seedPath(seed), 'utf8').split('\n')) {
    const m = DEFINITION.exec(line.trim());
    if (!m) continue;
    const number = Number(m[1] ?? m[2] ?? [...m[3]!].map((c) => SUPERSCRIPT[c]).join(''));
    notes[number - 1] = m[4]!.trim();
  }
  return notes;
}

/** un-format.md §5.6, "Regenerated" column: seed → footnote texts in display order, italics as `*…*`. */
export const regenerated = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/regenerated.json'), 'utf8'),
) as Record<'000' | '001' | '003' | '004', string[]>;

/** A seed imported the way the app imports it. */
export async function importSeed(seed: string) {
  const { importDocument } = await import('../../../../shared/import/index');
  const path = seedPath(seed);
  const result = importDocument({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) });
  if (!result.ok) throw new Error(`seed ${seed}: ${result.error}`);
  return result.file;
}
