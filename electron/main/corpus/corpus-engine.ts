import { createHash } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import type { Passage, ScoredPassage, SearchContext, SearchFilters, SearchMode } from '../../../shared/agreed-language/passage';
import { SearchIndex } from '../../../shared/agreed-language/search-index';
import { mergeResults } from '../../../shared/agreed-language/to-value';
import type { CorpusSource } from '../../../shared/ipc/contract';
import type { FileSystem } from '../deps';
import { cachedIndex, inputStamp } from './index-cache';
import { loadSourceDocuments, sourceFiles, type Importer } from './source-documents';
import { readSources, writeSources, type StoredSource } from './sources-store';

export interface CorpusEngineDeps {
  fs: Pick<FileSystem, 'readFile' | 'writeFile' | 'mkdir' | 'rename' | 'unlink' | 'stat' | 'readdir'>;
  /** where the source list and the index caches live (in the user-data folder) */
  dataDir: string;
  defaultCorpusPath: string;
  importDocument: Importer;
}

export interface SearchRequest {
  text: string;
  k: number;
  filters?: SearchFilters;
  context?: SearchContext;
  mode?: SearchMode;
}

interface Loaded {
  index: SearchIndex | null;
  error?: string;
}

/**
 * The agreed-language sources and their indexes: each source has its own index, cached on disk under a
 * stamp of its files, so adding or switching a source never rebuilds the others, and a new AKN folder is
 * searchable as soon as its (small) index is built. Searches run over every enabled source and merge.
 */
export class CorpusEngine {
  private readonly loads = new Map<string, Promise<Loaded>>();

  private constructor(
    private readonly deps: CorpusEngineDeps,
    private list: StoredSource[],
  ) {}

  /** Reads the source list and starts loading the enabled sources (cache, or build). */
  static async open(deps: CorpusEngineDeps): Promise<CorpusEngine> {
    const engine = new CorpusEngine(deps, await readSources(deps.fs, deps.dataDir));
    for (const source of engine.list) if (source.enabled) engine.load(source);
    return engine;
  }

  /** Resolves when every enabled source is loaded (or failed). */
  async ready(): Promise<void> {
    await Promise.all(this.list.filter((s) => s.enabled).map((s) => this.load(s)));
  }

  async sources(): Promise<CorpusSource[]> {
    await this.ready();
    return Promise.all(
      this.list.map(async (s) => {
        const loaded = s.enabled ? await this.load(s) : null;
        const source: CorpusSource = { ...s, paragraphs: loaded?.index?.paragraphCount ?? 0 };
        if (loaded?.error) source.error = loaded.error;
        return source;
      }),
    );
  }

  async addSource(kind: 'akn-folder' | 'documents', path: string): Promise<CorpusSource[]> {
    const folder = resolve(path);
    const info = await this.deps.fs.stat(folder).catch(() => null);
    if (!info?.isDirectory()) throw new Error(`${folder}: not a folder`);
    const id = `${kind}-${createHash('sha256').update(folder).digest('hex').slice(0, 12)}`;
    const existing = this.list.find((s) => s.id === id);
    if (existing) existing.enabled = true;
    else this.list.push({ id, name: basename(folder) || folder, kind, path: folder, enabled: true });
    this.loads.delete(id);
    await writeSources(this.deps.fs, this.deps.dataDir, this.list);
    return this.sources();
  }

  async setEnabled(id: string, enabled: boolean): Promise<CorpusSource[]> {
    const source = this.list.find((s) => s.id === id);
    if (!source) throw new Error('no such corpus source');
    source.enabled = enabled;
    // a disabled source gives its memory back; enabling it again reloads it from the cache
    if (!enabled) this.loads.delete(id);
    await writeSources(this.deps.fs, this.deps.dataDir, this.list);
    return this.sources();
  }

  async search(request: SearchRequest): Promise<{ results: ScoredPassage[]; ms: number }> {
    const indexes = await this.enabledIndexes();
    const start = performance.now();
    const lists = indexes.map((index) => index.search(request.text, request));
    const results = mergeResults(lists, request.k);
    return { results, ms: performance.now() - start };
  }

  async passage(ref: string): Promise<Passage | null> {
    for (const index of await this.enabledIndexes()) {
      const passage = index.passageByRef(ref);
      if (passage) return passage;
    }
    return null;
  }

  async documentPassages(symbol: string): Promise<Passage[]> {
    for (const index of await this.enabledIndexes()) {
      const passages = index.documentPassages(symbol);
      if (passages.length > 0) return passages;
    }
    return [];
  }

  private async enabledIndexes(): Promise<SearchIndex[]> {
    const loaded = await Promise.all(this.list.filter((s) => s.enabled).map((s) => this.load(s)));
    return loaded.flatMap((l) => (l.index ? [l.index] : []));
  }

  private load(source: StoredSource): Promise<Loaded> {
    let loading = this.loads.get(source.id);
    if (!loading) {
      loading = this.build(source).catch((error: unknown) => ({ index: null, error: error instanceof Error ? error.message : String(error) }));
      this.loads.set(source.id, loading);
    }
    return loading;
  }

  private async build(source: StoredSource): Promise<Loaded> {
    const { fs, dataDir, defaultCorpusPath, importDocument } = this.deps;
    const files = await sourceFiles(fs, source, defaultCorpusPath);
    const stamp = await inputStamp(fs, files, { kind: source.kind });
    let skipped: string[] = [];
    const { index } = await cachedIndex(fs, {
      dir: join(dataDir, 'cache'),
      name: source.id,
      stamp,
      build: async () => {
        const loaded = await loadSourceDocuments(fs, importDocument, source, files);
        skipped = loaded.skipped;
        return SearchIndex.build(loaded.documents);
      },
    });
    return skipped.length > 0 ? { index, error: `${skipped.length} file(s) skipped: ${skipped[0]}` } : { index };
  }
}
