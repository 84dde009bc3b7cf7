import * as fs from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchIndex } from '../../shared/agreed-language/search-index';
import { cachedIndex, inputStamp } from '../../electron/main/corpus/index-cache';

const documents = [
  {
    symbol: 'A/RES/1/1',
    body: 'General Assembly',
    date: '2020-01-01',
    title: 'Test',
    paragraphs: [{ id: 'PP1', kind: 'preambular' as const, lead: 'Recalling', text: 'Recalling its resolution on the subject,' }],
  },
];

let dir: string;
let builds: number;
const build = () => {
  builds += 1;
  return SearchIndex.build(documents);
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'penholder-cache-'));
  builds = 0;
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

describe('the on-disk index cache', () => {
  it('builds once, then loads while the stamp holds', async () => {
    const first = await cachedIndex(fs, { dir, name: 'src', stamp: 's1', build });
    const second = await cachedIndex(fs, { dir, name: 'src', stamp: 's1', build });
    expect([first.fromCache, second.fromCache, builds]).toEqual([false, true, 1]);
    expect(second.index.suggest('Recalling its', { k: 1 })[0]?.ref).toBe('A/RES/1/1 PP1');
    expect((await fs.readdir(dir)).sort()).toEqual(['src.phix']);
  });

  it('rebuilds when the stamp changes', async () => {
    await cachedIndex(fs, { dir, name: 'src', stamp: 's1', build });
    expect((await cachedIndex(fs, { dir, name: 'src', stamp: 's2', build })).fromCache).toBe(false);
    expect(builds).toBe(2);
  });

  it('rebuilds over a damaged cache file', async () => {
    await fs.writeFile(join(dir, 'src.phix'), 'not an index');
    const result = await cachedIndex(fs, { dir, name: 'src', stamp: 's1', build });
    expect(result.fromCache).toBe(false);
    expect((await cachedIndex(fs, { dir, name: 'src', stamp: 's1', build })).fromCache).toBe(true);
  });

  it('still answers when the cache cannot be written', async () => {
    const blocked = join(dir, 'file');
    await fs.writeFile(blocked, 'x');
    const result = await cachedIndex(fs, { dir: join(blocked, 'sub'), name: 'src', stamp: 's1', build });
    expect(result.index.paragraphCount).toBe(1);
  });

  it('stamps files by size and time, and by the options', async () => {
    const file = join(dir, 'a.jsonl');
    await fs.writeFile(file, 'one');
    const a = await inputStamp(fs, [file], { before: null });
    expect(await inputStamp(fs, [file], { before: null })).toBe(a);
    expect(await inputStamp(fs, [file], { before: '2024-09-10' })).not.toBe(a);
    await fs.writeFile(file, 'three');
    expect(await inputStamp(fs, [file], { before: null })).not.toBe(a);
  });
});
