// npm run bench:suggest — the agreed-language benchmark of shared/corpus/README.md, engine vs MiniSearch.
// Options: --baseline-queries <n> (queries per row for the slow baseline, default 100; 0 skips it).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SearchIndex } from '../../shared/agreed-language/search-index';
import { DEVIATIONS } from './suggest-deviations';
import { buildBaseline } from './suggest-baseline';
import { HEADER, evaluate, row, type BenchCase, type Engine, type Figures } from './suggest-metrics';
import { deviatedCases, evalQueries, exactCases, protocolDocuments } from './suggest-protocol';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const memory = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
};
const arg = process.argv.indexOf('--baseline-queries');
const baselineQueries = arg > 0 ? Number(process.argv[arg + 1]) : 100;
const WORDS = [4, 8, 16];

const queries = evalQueries();
const dir = mkdtempSync(join(tmpdir(), 'penholder-bench-'));
const cache = join(dir, 'index.bin');

/** Builds the protocol index and writes the cache; the documents and the built index are dropped after. */
async function buildCache(): Promise<{ buildMs: number; documents: number; paragraphs: number }> {
  const documents = await protocolDocuments();
  const [built, buildMs] = time(() => SearchIndex.build(documents));
  writeFileSync(cache, Buffer.concat(built.serialize('bench')));
  return { buildMs, documents: documents.length, paragraphs: built.paragraphCount };
}

const { buildMs, ...corpus } = await buildCache();
console.log(`corpus: ${corpus.documents} documents, ${corpus.paragraphs} paragraphs (protocol: no A/RES/79/…, nothing from 2024-09-10 on)`);
console.log(`queries: ${queries.length} (dev-eval.jsonl); deviations seeded, one per query, a quarter each: ${DEVIATIONS.join(', ')}\n`);
const cacheBytes = statSync(cache).size;
const before = memory();
const [loaded, loadMs] = time(() => SearchIndex.load(new Uint8Array(readFileSync(cache))));
if (!loaded.ok) throw new Error(loaded.error);
const index = loaded.index;
const indexMemory = memory() - before;
const engine: Engine = (text, title) => index.suggest(text, { k: 10, context: { title } }).map((r) => r.ref);

const rows: { label: string; cases: BenchCase[]; engine: Figures; baseline?: Figures }[] = [];
for (const n of WORDS) {
  const exact = exactCases(queries, n);
  const deviated = deviatedCases(queries, n);
  evaluate(engine, exact.slice(0, 200)); // warm
  gc();
  rows.push({ label: `${String(n).padStart(2)} words exact   `, cases: exact, engine: evaluate(engine, exact) });
  rows.push({ label: `${String(n).padStart(2)} words deviated`, cases: deviated, engine: evaluate(engine, deviated) });
  const changed = deviated.filter((c) => c.changed);
  rows.push({ label: `${String(n).padStart(2)}   changed only`, cases: changed, engine: evaluate(engine, changed) });
  console.log(`${n} words: engine done (${rows.slice(-3).map((r) => `${r.label.trim()} R@1 ${r.engine.recall1.toFixed(3)} p95 ${r.engine.p95.toFixed(2)} ms`).join('; ')})`);
  const counts = DEVIATIONS.map((d) => `${d} ${deviated.filter((c) => c.deviation === d && c.changed).length}`).join(', ');
  console.log(`${n} words: deviated queries actually changed: ${counts} (an -ise query without an -ize word stays exact)`);
}

let baselineLine = 'baseline skipped (--baseline-queries 0)';
if (baselineQueries > 0) {
  const documents = await protocolDocuments();
  const memBefore = memory();
  const [baseline, baselineBuildMs] = time(() => buildBaseline(documents));
  const baselineMemory = memory() - memBefore;
  let baselineLoad: string;
  try {
    const json = baseline.serialize();
    baselineLoad = `${time(() => baseline.load(json))[1].toFixed(0)} ms`;
  } catch (error) {
    baselineLoad = `n/a (${error instanceof Error ? error.message : String(error)})`;
  }
  const step = Math.max(1, Math.floor(queries.length / baselineQueries));
  for (const r of rows) {
    const sample = r.cases.filter((_, i) => i % step === 0).slice(0, baselineQueries);
    r.baseline = evaluate(baseline.engine, sample);
  }
  baselineLine = `MiniSearch 7.2.0 defaults: build ${(baselineBuildMs / 1000).toFixed(1)} s, load ${baselineLoad}, memory ${mb(baselineMemory)}; rows on every ${step}th query (${rows[0]!.baseline!.queries} per row)`;
}

console.log(`\n${''.padEnd(20)}| ${'Penholder engine (all queries)'.padEnd(55)}| MiniSearch baseline (sample)`);
console.log(`${'typed words'.padEnd(20)}| ${HEADER} | ${HEADER}`);
for (const r of rows) console.log(`${r.label.padEnd(20)}| ${row(r.engine)} | ${r.baseline ? row(r.baseline) : ''}`);
console.log(`\nengine: build ${(buildMs / 1000).toFixed(1)} s, load from cache ${loadMs.toFixed(0)} ms (file ${mb(cacheBytes)}), index memory ${mb(indexMemory)}`);
console.log(baselineLine);
console.log(`machine load (1-minute average) at the end: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; "cpu p95" = this process's CPU time per query`);
const eight = rows.filter((r) => r.label.startsWith(' 8'));
const [ex, dev] = [eight[0]!.engine, eight[1]!.engine];
const checks = [
  ['exact R@1 ≥ 0.96', ex.recall1 >= 0.96], ['exact R@5 ≥ 0.99', ex.recall5 >= 0.99],
  ['deviated R@1 ≥ 0.92', dev.recall1 >= 0.92], ['deviated R@5 ≥ 0.97', dev.recall5 >= 0.97],
  ['p95 ≤ 3 ms', Math.max(ex.p95, dev.p95) <= 3], ['load ≤ 1 s', loadMs <= 1000], ['memory ≤ 300 MB', indexMemory <= 300 * 1048576],
] as const;
console.log(`targets at 8 words: ${checks.map(([name, ok]) => `${name} ${ok ? 'ok' : 'MISSED'}`).join('; ')}`);
rmSync(dir, { recursive: true, force: true });
