import { strFromU8 } from 'fflate';
import { buildIndex } from './build-index';
import type { CorpusDocument } from './corpus-document';
import { KINDS, type SearchIndexData } from './index-data';
import type { Passage, ScoredPassage, SearchMode } from './passage';
import { findSimilar } from './similar';
import { searchWords } from './words-search';
import { makeRuntime, type IndexRuntime } from './runtime';
import { deserializeIndex, serializeIndex } from './serialize';
import { suggest, type SuggestOptions } from './suggest';
import type { Hit } from './top-hits';

/**
 * The agreed-language index of one source: build it, serialize it for the disk cache, load it back,
 * and search it. MiniSearch is the benchmark's baseline, not the engine.
 */
export class SearchIndex {
  private readonly rt: IndexRuntime;
  private refs: Map<string, number> | null = null;

  private constructor(readonly data: SearchIndexData) {
    this.rt = makeRuntime(data);
  }

  static build(documents: readonly CorpusDocument[]): SearchIndex {
    return new SearchIndex(buildIndex(documents));
  }

  static load(bytes: Uint8Array): { ok: true; index: SearchIndex; stamp: string } | { ok: false; error: string } {
    const loaded = deserializeIndex(bytes);
    return loaded.ok ? { ok: true, index: new SearchIndex(loaded.data), stamp: loaded.stamp } : loaded;
  }

  serialize(stamp: string): Uint8Array[] {
    return serializeIndex(this.data, stamp);
  }

  get paragraphCount(): number {
    return this.data.paraDoc.length;
  }

  /** Suggestions for the beginning of a paragraph the delegate is typing. */
  suggest(text: string, options: SuggestOptions): ScoredPassage[] {
    return this.materialize(suggest(this.rt, text, options));
  }

  /** Any of the three searches (the searchCorpus channel's `mode`). */
  search(text: string, options: SuggestOptions & { mode?: SearchMode }): ScoredPassage[] {
    const run = options.mode === 'words' ? searchWords : options.mode === 'similar' ? findSimilar : suggest;
    return this.materialize(run(this.rt, text, options));
  }

  /** Every paragraph of one document, in order (a corpus resolution as a redline base). */
  documentPassages(symbol: string): Passage[] {
    const doc = this.data.docs.findIndex((d) => d.symbol === symbol);
    if (doc < 0) return [];
    const out: Passage[] = [];
    for (let p = 0; p < this.paragraphCount; p += 1) if (this.data.paraDoc[p] === doc) out.push(this.passage(p));
    return out;
  }

  /** One paragraph by its ref ("A/RES/78/201 OP5"), or null. */
  passageByRef(ref: string): Passage | null {
    if (!this.refs) {
      const refs = new Map<string, number>();
      for (let p = 0; p < this.paragraphCount; p += 1) refs.set(this.refOf(p), p);
      this.refs = refs;
    }
    const p = this.refs.get(ref);
    return p === undefined ? null : this.passage(p);
  }

  passage(p: number): Passage {
    const { data } = this;
    const doc = data.docs[data.paraDoc[p]!]!;
    const t = data.paraText[p]!;
    const passage: Passage = {
      ref: this.refOf(p),
      symbol: doc.symbol,
      paragraph: data.paraIds[p]!,
      kind: KINDS[data.paraKind[p]!] ?? 'other',
      body: doc.body,
      date: doc.date,
      title: doc.title,
      opener: data.leads[data.paraLead[p]!] ?? '',
      text: strFromU8(data.textBytes.subarray(data.textOffsets[t]!, data.textOffsets[t + 1]!)),
    };
    if (doc.draft) passage.draft = true;
    return passage;
  }

  private refOf(p: number): string {
    return `${this.data.docs[this.data.paraDoc[p]!]!.symbol} ${this.data.paraIds[p]!}`;
  }

  private materialize(hits: readonly Hit[]): ScoredPassage[] {
    return hits.map((h) => ({ ...this.passage(h.paragraph), score: Math.round(h.score * 1000) / 1000 }));
  }
}
