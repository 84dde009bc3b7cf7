import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import * as fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { SearchContext } from '../../../shared/agreed-language/passage';
import { SearchIndex } from '../../../shared/agreed-language/search-index';
import { cachedIndex, inputStamp } from '../../main/corpus/index-cache';
import { DEFAULT_CORPUS_PATH } from '../../main/corpus/default-corpus';
import { corpusFiles, corpusFilter, readCorpus } from '../../main/corpus/read-corpus';
import { flagString } from '../args';
import { CliError, EXIT, type CliCommand } from '../command';

const usage = `Usage: penholder suggest --batch [--k 5] [--corpus <dir or file>] [--exclude <symbol prefix>] [--before <ISO date>]

Suggests agreed language: reads JSON lines { id, text, title? } from stdin (all of it), writes one JSON line
{ id, results: [{ ref, score, text }], ms } per input line, in the same order. ref = "<symbol> <paragraph id>";
ms = the search time with the index loaded and warm. Optional input fields: organ, neighbours, kind.
  --k <n>            results per line (1 to 50, default 5)
  --corpus <path>    a corpus file (.jsonl.gz records or the compact corpus.json.gz) or a folder of them
                     (default: the shipped corpus)
  --exclude <prefix> leave out resolutions whose symbol starts with <prefix> ("A/RES/79/")
  --before <date>    leave out resolutions adopted on or after this ISO date
The index is cached in ~/.cache/penholder (XDG_CACHE_HOME), rebuilt when the corpus or the options change.`;

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

interface Options {
  k: number;
  corpus: string;
  exclude?: string;
  before?: string;
}

function options(args: Parameters<CliCommand['run']>[0], cwd: string): Options {
  if (!args.flags.has('--batch')) throw new CliError('only --batch mode exists: pipe JSON lines in (see --help)');
  if (args.positional.length > 0) throw new CliError(`unexpected argument '${args.positional[0]}' (see --help)`);
  const k = Number(flagString(args, '--k') ?? '5');
  if (!Number.isInteger(k) || k < 1 || k > 50) throw new CliError('--k must be a whole number from 1 to 50');
  const before = flagString(args, '--before');
  if (before !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(before)) throw new CliError(`--before: '${before}' is not an ISO date (YYYY-MM-DD)`);
  const corpus = flagString(args, '--corpus');
  return { k, corpus: corpus ? resolve(cwd, corpus) : DEFAULT_CORPUS_PATH, exclude: flagString(args, '--exclude'), before };
}

async function openIndex(o: Options): Promise<SearchIndex> {
  const listed = await corpusFiles(o.corpus);
  if (!listed.ok) throw new CliError(listed.error);
  const stamp = await inputStamp(fs, listed.files, { exclude: o.exclude ?? null, before: o.before ?? null });
  const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'penholder', 'corpus');
  const build = async () => {
    const read = await readCorpus(o.corpus);
    if (!read.ok) throw new CliError(read.error);
    return SearchIndex.build(read.documents.filter(corpusFilter(o)));
  };
  return (await cachedIndex(fs, { dir, name: stamp.slice(0, 24), stamp, build })).index;
}

type Line = { id: unknown; text: string; context: SearchContext } | { id: unknown; error: string };

function parseLine(line: string, n: number): Line {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${n}: not valid JSON` };
  }
  const v = (value ?? {}) as Record<string, unknown>;
  if (typeof v.text !== 'string') return { id: v.id ?? null, error: `line ${n}: "text" must be a string` };
  const context: SearchContext = {};
  if (typeof v.title === 'string') context.title = v.title;
  if (typeof v.organ === 'string') context.organ = v.organ;
  if (Array.isArray(v.neighbours)) context.neighbours = v.neighbours.filter((x): x is string => typeof x === 'string');
  if (v.kind === 'preambular' || v.kind === 'operative') context.kind = v.kind;
  return { id: v.id ?? null, text: v.text, context };
}

export const suggest: CliCommand = {
  name: 'suggest',
  summary: 'suggest agreed language for typed paragraph beginnings (JSON lines in and out)',
  usage,
  valueFlags: ['--k', '--corpus', '--exclude', '--before'],
  booleanFlags: ['--batch'],
  run: async (args, io) => {
    const o = options(args, io.cwd);
    const lines = (await readAll(io.stdin))
      .split('\n')
      .map((text, i) => ({ text: text.trim(), n: i + 1 }))
      .filter((l) => l.text)
      .map((l) => parseLine(l.text, l.n));
    const index = await openIndex(o);
    // warm the engine (JIT, caches) on the batch itself before timing: ms is the warm search time
    for (const line of lines.slice(0, 20)) if ('text' in line && line.text.trim()) index.suggest(line.text, { k: o.k, context: line.context });
    const out: string[] = [];
    for (const line of lines) {
      if ('error' in line) {
        out.push(JSON.stringify({ id: line.id, results: [], ms: 0, error: line.error }));
        continue;
      }
      const start = performance.now();
      const results = line.text.trim() ? index.suggest(line.text, { k: o.k, context: line.context }) : [];
      const ms = Math.round((performance.now() - start) * 1000) / 1000;
      out.push(JSON.stringify({ id: line.id, results: results.map((r) => ({ ref: r.ref, score: r.score, text: r.text })), ms }));
    }
    io.stdout(out.length > 0 ? `${out.join('\n')}\n` : '');
    return EXIT.ok;
  },
};
