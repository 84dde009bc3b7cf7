/**
 * Import benchmark (npm run bench:import): the largest seed, each of the 12 AKN samples and all of them
 * together, the Word samples. Prints median and p95 wall time over warm runs; never run by `npm test`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument } from '../../shared/import/index';

const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const files = (dir: string, ext: string) =>
  readdirSync(join(shared, dir)).filter((f) => f.endsWith(ext)).sort().map((f) => join(shared, dir, f));
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);

const load = (path: string) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) });

function time(inputs: { name: string; bytes: Uint8Array }[]): number[] {
  const samples: number[] = [];
  for (let run = 0; run < RUNS + 1; run += 1) {
    const start = performance.now();
    for (const input of inputs) {
      const result = importDocument(input);
      if (!result.ok) throw new Error(`${input.name}: ${result.error}`);
    }
    if (run > 0) samples.push(performance.now() - start); // run 0 warms the JIT
  }
  return samples.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const row = (label: string, kb: number, samples: number[]) =>
  console.log(`${label.padEnd(40)} ${kb.toFixed(0).padStart(6)} KB   median ${pct(samples, 0.5).toFixed(1).padStart(8)} ms   p95 ${pct(samples, 0.95).toFixed(1).padStart(8)} ms`);
const kb = (paths: string[]) => paths.reduce((sum, p) => sum + statSync(p).size, 0) / 1024;

const seeds = files('seeds', '.txt');
const largest = seeds.reduce((a, b) => (statSync(a).size >= statSync(b).size ? a : b));
const akn = files('akn-samples', '.xml');
const docx = files('docx-samples', '.docx');

console.log(`penholder import benchmark: ${RUNS} warm runs each (node ${process.version})`);
row(`largest seed ${basename(largest)}`, kb([largest]), time([load(largest)]));
row('all 5 seeds', kb(seeds), time(seeds.map(load)));
for (const path of akn) row(`  ${basename(path)}`, kb([path]), time([load(path)]));
row(`all ${akn.length} AKN samples`, kb(akn), time(akn.map(load)));
row(`all ${docx.length} Word samples`, kb(docx), time(docx.map(load)));
const heap = process.memoryUsage().heapUsed / 1048576;
console.log(`heap used after the runs: ${heap.toFixed(0)} MB`);
