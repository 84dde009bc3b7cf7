import * as fs from 'node:fs/promises';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocument } from '../../shared/import/index';
import { makeFile, serializePenholderFile } from '../../shared/model/read-file';
import { CorpusEngine } from '../../electron/main/corpus/corpus-engine';
import { DEFAULT_CORPUS_PATH } from '../../electron/main/corpus/default-corpus';
import { writeSources, DEFAULT_SOURCE } from '../../electron/main/corpus/sources-store';

const AKN_SAMPLES = fileURLToPath(new URL('../../../shared/akn-samples/', import.meta.url));
const SEED_001 = fileURLToPath(new URL('../../../shared/seeds/001_48a48206d42da546.txt', import.meta.url));

let dataDir: string;
let folder: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'penholder-corpus-'));
  folder = mkdtempSync(join(tmpdir(), 'penholder-source-'));
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
  await fs.rm(folder, { recursive: true, force: true });
});

/** An engine over a temp user-data folder with the default corpus switched off (it takes long to build). */
async function engineWithoutDefault(): Promise<CorpusEngine> {
  await writeSources(fs, dataDir, [{ ...DEFAULT_SOURCE, enabled: false }]);
  return CorpusEngine.open({ fs, dataDir, defaultCorpusPath: DEFAULT_CORPUS_PATH, importDocument });
}

/** The first words of a real paragraph of one AKN sample, as the importer reads it. */
function aknOpening(file: string, index: number): { text: string; symbol: string } {
  const imported = importDocument({ name: file, bytes: new Uint8Array(readFileSync(join(AKN_SAMPLES, file))) });
  if (!imported.ok) throw new Error(imported.error);
  const paragraph = imported.file.body.filter((n) => 'type' in n && n.type === 'operative-paragraph')[index]!;
  const text = (paragraph as { children: { text: string }[] }).children.map((c) => c.text).join('');
  return { text: text.split(/\s+/).slice(0, 8).join(' '), symbol: 'A/RES/78/201' };
}

describe('corpus sources', () => {
  it('with the default corpus off, an AKN folder becomes suggestible without restarting', async () => {
    const engine = await engineWithoutDefault();
    const typed = aknOpening('A_RES_78_201-2326035E.xml', 2);
    expect((await engine.search({ text: typed.text, k: 5 })).results).toEqual([]);
    const sources = await engine.addSource('akn-folder', AKN_SAMPLES);
    const akn = sources.find((s) => s.kind === 'akn-folder')!;
    expect(akn).toMatchObject({ enabled: true, path: AKN_SAMPLES.replace(/\/$/, '') });
    expect(akn.paragraphs).toBeGreaterThan(1000);
    expect(sources.find((s) => s.id === 'default')).toMatchObject({ enabled: false, paragraphs: 0 });
    const { results } = await engine.search({ text: typed.text, k: 5 });
    expect(results[0]?.symbol).toBe(typed.symbol);
    expect(results[0]?.draft).toBeUndefined();
  });

  it('remembers sources, reloads them from the cache and rebuilds only when a file changes', async () => {
    await fs.copyFile(join(AKN_SAMPLES, '75_68_E.xml'), join(folder, '75_68_E.xml'));
    const first = await engineWithoutDefault();
    const [, added] = await first.addSource('akn-folder', folder);
    const cache = join(dataDir, 'cache', `${added!.id}.phix`);
    const builtAt = (await fs.stat(cache)).mtimeMs;

    const again = await CorpusEngine.open({ fs, dataDir, defaultCorpusPath: DEFAULT_CORPUS_PATH, importDocument });
    expect((await again.sources()).map((s) => [s.id, s.enabled])).toEqual([['default', false], [added!.id, true]]);
    expect((await fs.stat(cache)).mtimeMs).toBe(builtAt);
    expect((await again.search({ text: 'Recalling its previous relevant resolutions', k: 1 })).results[0]?.symbol).toBe('A/RES/75/68');

    await fs.copyFile(join(AKN_SAMPLES, 'A_RES_78_29-2324537E.xml'), join(folder, 'A_RES_78_29-2324537E.xml'));
    const third = await CorpusEngine.open({ fs, dataDir, defaultCorpusPath: DEFAULT_CORPUS_PATH, importDocument });
    const [, grown] = await third.sources();
    expect(grown!.paragraphs).toBeGreaterThan(added!.paragraphs);
    expect((await fs.stat(cache)).mtimeMs).not.toBe(builtAt);
  });

  it('switches a source off and on', async () => {
    const engine = await engineWithoutDefault();
    const [, akn] = await engine.addSource('akn-folder', AKN_SAMPLES);
    const typed = 'Reaffirming its annual resolutions on the law of the sea';
    expect((await engine.search({ text: typed, k: 3 })).results.length).toBeGreaterThan(0);
    await engine.setEnabled(akn!.id, false);
    expect((await engine.search({ text: typed, k: 3 })).results).toEqual([]);
    await engine.setEnabled(akn!.id, true);
    expect((await engine.search({ text: typed, k: 3 })).results[0]?.title).toBe('Oceans and the law of the sea');
  });

  it("marks the user's documents as drafts and names the files it could not read", async () => {
    const imported = importDocument({ name: 'seed.txt', bytes: new Uint8Array(readFileSync(SEED_001)) });
    if (!imported.ok) throw new Error(imported.error);
    await fs.writeFile(join(folder, 'draft.penholder.json'), serializePenholderFile(makeFile(imported.file.body)));
    await fs.writeFile(join(folder, 'broken.penholder.json'), '{ "format": "penholder"');
    const engine = await engineWithoutDefault();
    const [, docs] = await engine.addSource('documents', folder);
    expect(docs).toMatchObject({ kind: 'documents', paragraphs: 41 });
    expect(docs!.error).toMatch(/1 file\(s\) skipped: broken\.penholder\.json/);
    const { results } = await engine.search({ text: 'Recognizing the potential for victims of child sexual', k: 1 });
    expect(results[0]).toMatchObject({ draft: true, paragraph: 'PP1', symbol: 'E/CN.15/2019/L.3/Rev.1' });
  });

  it('refuses a path that is not a folder', async () => {
    const engine = await engineWithoutDefault();
    await expect(engine.addSource('akn-folder', join(folder, 'missing'))).rejects.toThrow(/not a folder/);
    await expect(engine.setEnabled('nope', true)).rejects.toThrow(/no such corpus source/);
  });
});
