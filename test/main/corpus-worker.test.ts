import * as fs from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCorpusService, type CorpusService } from '../../electron/main/corpus/corpus-service';
import { DEFAULT_CORPUS_PATH } from '../../electron/main/corpus/default-corpus';
import { writeSources, DEFAULT_SOURCE } from '../../electron/main/corpus/sources-store';
import { corpusWorkerFactory } from '../../electron/main/corpus/start-worker';

const AKN_SAMPLES = fileURLToPath(new URL('../../../shared/akn-samples/', import.meta.url));

let dataDir: string;
let service: CorpusService | null = null;
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'penholder-worker-'));
  await writeSources(fs, dataDir, [{ ...DEFAULT_SOURCE, enabled: false }]);
});
afterEach(async () => {
  await service?.close();
  service = null;
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('the corpus worker thread', () => {
  it('serves the five corpus channels and the redline base', async () => {
    service = createCorpusService(corpusWorkerFactory({ dataDir, defaultCorpusPath: DEFAULT_CORPUS_PATH }));
    const added = await service.handlers.addCorpusSource({ kind: 'akn-folder', path: AKN_SAMPLES });
    expect(added.ok && added.value.sources.map((s) => s.kind)).toEqual(['default', 'akn-folder']);
    const found = await service.handlers.searchCorpus({ text: 'Reaffirming its annual resolutions on the law of the sea', k: 2 });
    if (!found.ok) throw new Error(found.error);
    expect(found.value.results[0]?.title).toBe('Oceans and the law of the sea');
    expect(found.value.ms).toBeGreaterThanOrEqual(0);
    const ref = found.value.results[0]!.ref;
    const passage = await service.handlers.corpusPassage({ ref });
    expect(passage.ok && passage.value.passage?.ref).toBe(ref);
    expect(await service.handlers.corpusPassage({ ref: 'A/RES/0/0 OP1' })).toEqual({ ok: true, value: { passage: null } });
    const value = await service.corpusText('A/RES/78/201');
    expect(value?.some((n) => 'type' in n && n.type === 'operative-paragraph')).toBe(true);
    expect(await service.corpusText('A/RES/0/0')).toBeNull();
    const off = await service.handlers.setCorpusSourceEnabled({ id: 'nope', enabled: false });
    expect(off).toEqual({ ok: false, error: 'no such corpus source' });
  });

  it('fails the requests of a worker that dies, then starts a new one', async () => {
    let starts = 0;
    const factory = corpusWorkerFactory({ dataDir, defaultCorpusPath: DEFAULT_CORPUS_PATH });
    service = createCorpusService(() => {
      starts += 1;
      // the first worker is a script that crashes at once
      return starts === 1 ? new Worker('throw new Error("boom")', { eval: true }) : factory();
    });
    const first = await service.handlers.corpusSources({});
    expect(first).toMatchObject({ ok: false, error: expect.stringMatching(/agreed-language search stopped/) });
    const second = await service.handlers.corpusSources({});
    expect(second.ok && second.value.sources[0]?.id).toBe('default');
    expect(starts).toBe(2);
  });
});
