import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusDocument } from '../../shared/agreed-language/corpus-document';
import { corpusFilter, readCorpusFile } from '../../electron/main/corpus/read-corpus';
import { assignDeviations, deviate, seededRandom, type Deviation } from './suggest-deviations';
import type { BenchCase } from './suggest-metrics';

/** The benchmark protocol of shared/corpus/README.md. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
export const PROTOCOL = { exclude: 'A/RES/79/', before: '2024-09-10' } as const;
export const SEED = 79;

export interface EvalQuery {
  id: string;
  title: string | null;
  kind: string;
  lead: string | null;
  text: string;
  gold: string[];
}

/** The full corpus without the held-out session (A/RES/79/…) and without anything adopted since 2024-09-10. */
export async function protocolDocuments(): Promise<CorpusDocument[]> {
  const keep = corpusFilter(PROTOCOL);
  const documents: CorpusDocument[] = [];
  for (const name of ['ga-74-79.jsonl.gz', 'sc-2000-2024.jsonl.gz']) {
    const read = await readCorpusFile(`${CORPUS_DIR}${name}`);
    if (!read.ok) throw new Error(read.error);
    documents.push(...read.documents.filter(keep));
  }
  return documents;
}

export const evalQueries = (): EvalQuery[] =>
  readFileSync(`${CORPUS_DIR}dev-eval.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalQuery);

export interface DeviatedCase extends BenchCase {
  deviation: Deviation;
  changed: boolean;
}

/** The first `n` words of each query, exact. */
export const exactCases = (queries: readonly EvalQuery[], n: number): BenchCase[] =>
  queries.map((q) => ({ text: q.text.split(/\s+/).slice(0, n).join(' '), title: q.title ?? '', gold: new Set(q.gold) }));

/** The first `n` words with one deviation each (same seed, same deviations on every run). */
export function deviatedCases(queries: readonly EvalQuery[], n: number): DeviatedCase[] {
  const random = seededRandom(SEED * 1000 + n);
  const kinds = assignDeviations(queries.length, random);
  return queries.map((q, i) => {
    const { words, changed } = deviate(q.text.split(/\s+/).slice(0, n), kinds[i]!, q, random);
    return { text: words.join(' '), title: q.title ?? '', gold: new Set(q.gold), deviation: kinds[i]!, changed };
  });
}
