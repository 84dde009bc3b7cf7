import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeCorpus } from '../../../shared/agreed-language/compact-corpus';
import type { CorpusDocument } from '../../../shared/agreed-language/corpus-document';
import { documentsFromJsonLines } from '../../../shared/agreed-language/corpus-record';

/** Corpus files this reader understands: the shipped compact corpus and the shared JSON-lines records. */
export const CORPUS_FILE = /\.(json|jsonl)(\.gz)?$/;

export type CorpusRead = { ok: true; documents: CorpusDocument[]; files: string[] } | { ok: false; error: string };

async function readText(path: string): Promise<string> {
  const bytes = await readFile(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** One corpus file: compact (`corpus.json.gz`) or JSON lines of resolution records (`*.jsonl.gz`). */
export async function readCorpusFile(path: string): Promise<CorpusRead> {
  let text: string;
  try {
    text = await readText(path);
  } catch (error) {
    return { ok: false, error: `${path}: cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  if (/\.json(\.gz)?$/.test(path)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, error: `${path}: not valid JSON` };
    }
    const decoded = decodeCorpus(value);
    return decoded.ok ? { ok: true, documents: decoded.documents, files: [path] } : { ok: false, error: `${path}: ${decoded.error}` };
  }
  const { documents } = documentsFromJsonLines(text);
  if (documents.length === 0) return { ok: false, error: `${path}: no resolution records found` };
  return { ok: true, documents, files: [path] };
}

/** The corpus files of a path: the file itself, or a folder's corpus files in name order. */
export async function corpusFiles(path: string): Promise<{ ok: true; files: string[] } | { ok: false; error: string }> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch {
    return { ok: false, error: `${path}: no such file or folder` };
  }
  if (!isDirectory) return { ok: true, files: [path] };
  const names = (await readdir(path)).filter((n) => CORPUS_FILE.test(n)).sort();
  if (names.length === 0) return { ok: false, error: `${path}: no corpus files (*.jsonl.gz, *.json.gz) in this folder` };
  return { ok: true, files: names.map((n) => join(path, n)) };
}

/** A corpus file, or a folder of them (read in name order). */
export async function readCorpus(path: string): Promise<CorpusRead> {
  const listed = await corpusFiles(path);
  if (!listed.ok) return listed;
  const documents: CorpusDocument[] = [];
  for (const file of listed.files) {
    const read = await readCorpusFile(file);
    if (!read.ok) return read;
    documents.push(...read.documents);
  }
  return { ok: true, documents, files: listed.files };
}

/** The benchmark protocol's (and `suggest --exclude/--before`'s) document filter. */
export function corpusFilter(options: { exclude?: string; before?: string }): (doc: CorpusDocument) => boolean {
  return (doc) =>
    !(options.exclude && doc.symbol.startsWith(options.exclude)) && !(options.before && doc.date >= options.before);
}
