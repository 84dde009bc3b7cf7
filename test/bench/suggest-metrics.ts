/** Retrieval and latency figures of one engine on one query set. */
export interface BenchCase {
  text: string;
  title: string;
  gold: ReadonlySet<string>;
}

export interface Figures {
  queries: number;
  recall1: number;
  recall5: number;
  mrr10: number;
  p50: number;
  p95: number;
  max: number;
  /** the process's CPU time per query at p95: what the search costs when the machine is shared */
  cpu95: number;
}

/** An engine answers typed words (+ the draft's title) with refs, best first. */
export type Engine = (text: string, title: string) => string[];

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export function evaluate(engine: Engine, cases: readonly BenchCase[]): Figures {
  let r1 = 0;
  let r5 = 0;
  let mrr = 0;
  const latency: number[] = [];
  const cpu: number[] = [];
  for (const c of cases) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    const refs = engine(c.text, c.title);
    latency.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    const rank = refs.slice(0, 10).findIndex((ref) => c.gold.has(ref));
    if (rank === 0) r1 += 1;
    if (rank >= 0 && rank < 5) r5 += 1;
    if (rank >= 0) mrr += 1 / (rank + 1);
  }
  latency.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const n = cases.length || 1;
  return {
    queries: cases.length,
    recall1: r1 / n,
    recall5: r5 / n,
    mrr10: mrr / n,
    p50: quantile(latency, 0.5),
    p95: quantile(latency, 0.95),
    max: latency[latency.length - 1] ?? 0,
    cpu95: quantile(cpu, 0.95),
  };
}

const f3 = (x: number) => x.toFixed(3);
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));

/** One table row: "R@1 R@5 MRR@10 p50 p95 max cpu-p95". */
export const row = (f: Figures): string =>
  [f3(f.recall1), f3(f.recall5), f3(f.mrr10), ms(f.p50), ms(f.p95), ms(f.max), ms(f.cpu95)].map((s) => s.padStart(7)).join(' ');

export const HEADER = ['R@1', 'R@5', 'MRR@10', 'p50 ms', 'p95 ms', 'max ms', 'cpu p95'].map((s) => s.padStart(7)).join(' ');
