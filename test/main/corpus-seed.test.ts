import * as fs from 'node:fs/promises';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { documentFromFile } from '../../shared/agreed-language/from-file';
import { importDocument } from '../../shared/import/index';
import { CorpusEngine } from '../../electron/main/corpus/corpus-engine';
import { DEFAULT_CORPUS_PATH } from '../../electron/main/corpus/default-corpus';

const seed = fileURLToPath(new URL('../../../shared/seeds/001_48a48206d42da546.txt', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'penholder-seed-'));
afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

describe('acceptance: "Find agreed language" on seed 001 against the shipped corpus', () => {
  it('finds the adopted counterpart in A/RES/74/174 for at least 37 of 41 paragraphs', async () => {
    const imported = importDocument({ name: 'seed-001.txt', bytes: new Uint8Array(readFileSync(seed)) });
    if (!imported.ok) throw new Error(imported.error);
    const draft = documentFromFile(imported.file, 'seed-001', true);
    expect(draft.paragraphs).toHaveLength(41);
    const engine = await CorpusEngine.open({ fs, dataDir, defaultCorpusPath: DEFAULT_CORPUS_PATH, importDocument });
    const found: string[] = [];
    for (const paragraph of draft.paragraphs) {
      const { results } = await engine.search({ text: paragraph.text, k: 5, mode: 'similar', context: { title: draft.title } });
      if (results[0]?.symbol === 'A/RES/74/174') found.push(results[0].paragraph);
    }
    console.log(`seed 001: ${found.length} of ${draft.paragraphs.length} paragraphs found their counterpart in A/RES/74/174 (top result)`);
    expect(found.length).toBeGreaterThanOrEqual(37);
    // counterparts are distinct adopted paragraphs, not one paragraph matched over and over
    expect(new Set(found).size).toBeGreaterThanOrEqual(37);
  }, 180_000);
});
