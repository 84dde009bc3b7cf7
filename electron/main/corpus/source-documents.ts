import { basename, join } from 'node:path';
import type { CorpusDocument } from '../../../shared/agreed-language/corpus-document';
import { documentFromFile } from '../../../shared/agreed-language/from-file';
import type { ImportInput, ImportResult } from '../../../shared/import/index';
import { parsePenholderFile } from '../../../shared/model/read-file';
import type { FileSystem } from '../deps';
import { OPENABLE_FILE } from '../handlers/document-name';
import { readCorpusFile } from './read-corpus';
import type { StoredSource } from './sources-store';

export type SourceFs = Pick<FileSystem, 'readFile' | 'readdir' | 'stat'>;
export type Importer = (input: ImportInput) => ImportResult | Promise<ImportResult>;

/** Folders are walked this deep and this far: a copy of the UN's XML repositories has a few thousand files. */
const MAX_DEPTH = 6;
const MAX_FILES = 50_000;
const AKN_FILE = /\.xml$/i;

/** Files under `dir` matching `pattern`, sorted, hidden folders skipped. */
export async function listFiles(fs: SourceFs, dir: string, pattern: RegExp, depth = 0, out: string[] = []): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (out.length >= MAX_FILES || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH) await listFiles(fs, path, pattern, depth + 1, out);
    else if (entry.isFile() && pattern.test(entry.name)) out.push(path);
  }
  return out;
}

/** The files a source is built from (their sizes and times make the cache stamp). */
export async function sourceFiles(fs: SourceFs, source: StoredSource, defaultCorpusPath: string): Promise<string[]> {
  if (source.kind === 'default') return [defaultCorpusPath];
  return listFiles(fs, source.path ?? '', source.kind === 'akn-folder' ? AKN_FILE : OPENABLE_FILE);
}

export interface LoadedDocuments {
  documents: CorpusDocument[];
  /** files that could not be read or imported, one line each */
  skipped: string[];
}

/**
 * The documents of a source: the shipped corpus, a folder of AKN XML (adopted texts, through the importer),
 * or the user's own documents and drafts (marked as drafts). A bad file is skipped and named, never fatal.
 */
export async function loadSourceDocuments(
  fs: SourceFs,
  importer: Importer,
  source: StoredSource,
  files: readonly string[],
): Promise<LoadedDocuments> {
  if (source.kind === 'default') {
    const read = await readCorpusFile(files[0]!);
    if (!read.ok) throw new Error(read.error);
    return { documents: read.documents, skipped: [] };
  }
  const documents: CorpusDocument[] = [];
  const skipped: string[] = [];
  const draft = source.kind === 'documents';
  for (const path of files) {
    try {
      const bytes = new Uint8Array(await fs.readFile(path));
      if (path.endsWith('.penholder.json')) {
        const parsed = parsePenholderFile(new TextDecoder().decode(bytes));
        if (!parsed.ok) throw new Error(parsed.error);
        documents.push(documentFromFile(parsed.file, basename(path), draft));
        continue;
      }
      const imported = await importer({ name: basename(path), bytes });
      if (!imported.ok) throw new Error(imported.error);
      const doc = documentFromFile(imported.file, basename(path), draft);
      if (doc.paragraphs.length > 0) documents.push(doc);
    } catch (error) {
      skipped.push(`${basename(path)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { documents, skipped };
}
