import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { CorpusDocument } from '../../../shared/agreed-language/corpus-document';
import { documentsFromJsonLines } from '../../../shared/agreed-language/corpus-record';
import { SearchIndex } from '../../../shared/agreed-language/search-index';

/** Real resolutions from the shared corpus: a small, varied slice for fast engine tests. */
export const FIXTURE_SYMBOLS = [
  'A/RES/74/133', 'A/RES/76/147', 'A/RES/78/187', // Rights of the child
  'A/RES/74/174', // Countering child sexual exploitation and sexual abuse online (seed 001 adopted)
  'A/RES/77/248', 'A/RES/78/69', // Oceans and the law of the sea
  'A/RES/77/313', 'A/RES/78/305', // Financing of UNIFIL: "Also decides" / "Further decides"
  'A/RES/77/233', // seed 003's draft, adopted
  'S/RES/2719 (2023)',
];

const corpusFile = (name: string) => fileURLToPath(new URL(`../../../../shared/corpus/${name}`, import.meta.url));

let cached: CorpusDocument[] | null = null;

export function fixtureDocuments(): CorpusDocument[] {
  if (cached) return cached;
  const wanted = new Set(FIXTURE_SYMBOLS);
  cached = ['ga-74-79.jsonl.gz', 'sc-2000-2024.jsonl.gz'].flatMap((name) => {
    // only the wanted lines are parsed: the whole file would cost seconds per test file
    const lines = gunzipSync(readFileSync(corpusFile(name))).toString('utf8').split('\n');
    const picked = lines.filter((line) => [...wanted].some((s) => line.includes(`"symbol": "${s}"`)));
    return documentsFromJsonLines(picked.join('\n')).documents.filter((d) => wanted.has(d.symbol));
  });
  return cached;
}

let index: SearchIndex | null = null;
export const fixtureIndex = (): SearchIndex => (index ??= SearchIndex.build(fixtureDocuments()));
