import { yearOf } from './corpus-document';
import { foldText } from './fold';
import { hashTokens } from './hash';
import { HEAD_HASH_TOKENS, type SearchIndexData } from './index-data';
import type { Lexicon } from './lexicon';
import type { SearchContext } from './passage';

/** Weights of the draft's context in a suggestion's score (alignment costs are in words, see align.ts). */
export const CONTEXT_WEIGHT = {
  /** the same subject: title similarity in [0, 1] */
  title: 0.5,
  /** per year of adoption (last year's resolution first) */
  year: 0.004,
  /** the same organ as the draft */
  organ: 0.15,
  /** the same paragraph kind as where the cursor is */
  kind: 0.1,
  /** the paragraph stood next to one of the draft's neighbouring paragraphs */
  neighbour: 0.3,
  /** adopted text is preferred over drafts */
  draft: -0.05,
} as const;

const BASE_YEAR = 1945;

/**
 * The draft's context as a score per paragraph: title similarity (idf-weighted cosine), year, organ, kind,
 * neighbouring paragraphs. One scorer per index, reset per search; document scores are cached per search.
 */
export class ContextScorer {
  private readonly titleIdf: Float32Array;
  private readonly docTitleNorm: Float32Array;
  private readonly docStatic: Float32Array;
  /** token id → the draft title's idf weight (0 when absent) */
  private readonly titleWeights: Float32Array;
  private titleIds: number[] = [];
  private titleNorm = 0;
  private neighbours = new Set<number>();
  private readonly docScores: Float64Array;
  private readonly docStamp: Uint32Array;
  private generation = 0;
  private kind = -1;
  private organ = '';

  constructor(
    private readonly data: SearchIndexData,
    private readonly lexicon: Lexicon,
  ) {
    const docs = data.docs.length;
    this.titleIdf = new Float32Array(data.vocab.length);
    const df = new Uint32Array(data.vocab.length);
    for (const t of data.titleTokens) df[t]! += 1;
    for (let t = 0; t < df.length; t += 1) this.titleIdf[t] = Math.log(1 + docs / (1 + df[t]!));
    this.docTitleNorm = new Float32Array(docs);
    this.docStatic = new Float32Array(docs);
    for (let d = 0; d < docs; d += 1) {
      let sum = 0;
      for (let i = data.titleOffsets[d]!; i < data.titleOffsets[d + 1]!; i += 1) sum += this.titleIdf[data.titleTokens[i]!]! ** 2;
      this.docTitleNorm[d] = Math.sqrt(sum);
      const meta = data.docs[d]!;
      this.docStatic[d] = CONTEXT_WEIGHT.year * ((yearOf(meta.date) ?? BASE_YEAR) - BASE_YEAR) + (meta.draft ? CONTEXT_WEIGHT.draft : 0);
    }
    this.titleWeights = new Float32Array(data.vocab.length);
    this.docScores = new Float64Array(docs);
    this.docStamp = new Uint32Array(docs);
  }

  /** Starts a search in this context. */
  reset(context: SearchContext = {}): this {
    this.generation += 1;
    for (const id of this.titleIds) this.titleWeights[id] = 0;
    this.titleIds = [];
    let norm = 0;
    for (const word of new Set(foldText(context.title ?? '').tokens)) {
      const id = this.lexicon.id(word);
      if (id < 0) continue;
      this.titleWeights[id] = this.titleIdf[id]!;
      this.titleIds.push(id);
      norm += this.titleIdf[id]! ** 2;
    }
    this.titleNorm = Math.sqrt(norm);
    this.neighbours = new Set(
      (context.neighbours ?? []).map((text) => {
        const ids = foldText(text).tokens.slice(0, HEAD_HASH_TOKENS).map((w) => this.lexicon.id(w));
        return ids.includes(-1) ? -1 : hashTokens(ids);
      }),
    );
    this.kind = context.kind === 'preambular' ? 0 : context.kind === 'operative' ? 1 : -1;
    this.organ = context.organ ?? '';
    return this;
  }

  /** Cosine similarity (idf-weighted) of the draft's title and a document's, in [0, 1]. */
  titleSimilarity(doc: number): number {
    const norm = this.titleNorm * this.docTitleNorm[doc]!;
    if (norm === 0) return 0;
    const { titleOffsets, titleTokens } = this.data;
    let dot = 0;
    for (let i = titleOffsets[doc]!; i < titleOffsets[doc + 1]!; i += 1) dot += this.titleWeights[titleTokens[i]!]! ** 2;
    return dot / norm;
  }

  /** The document part of the score: subject, year, organ, draft. */
  docScore(doc: number): number {
    if (this.docStamp[doc] === this.generation) return this.docScores[doc]!;
    let score = this.docStatic[doc]! + CONTEXT_WEIGHT.title * this.titleSimilarity(doc);
    if (this.organ && this.data.docs[doc]!.body === this.organ) score += CONTEXT_WEIGHT.organ;
    this.docStamp[doc] = this.generation;
    this.docScores[doc] = score;
    return score;
  }

  /** The context part of a paragraph's score. */
  score(paragraph: number): number {
    const { data } = this;
    const doc = data.paraDoc[paragraph]!;
    let score = this.docScore(doc);
    if (this.kind >= 0 && data.paraKind[paragraph] === this.kind) score += CONTEXT_WEIGHT.kind;
    if (this.neighbours.size > 0 && this.besideNeighbour(paragraph, doc)) score += CONTEXT_WEIGHT.neighbour;
    return score;
  }

  private besideNeighbour(paragraph: number, doc: number): boolean {
    const { paraDoc, headHash } = this.data;
    for (let d = -2; d <= 2; d += 1) {
      const p = paragraph + d;
      if (d === 0 || p < 0 || p >= paraDoc.length || paraDoc[p] !== doc) continue;
      if (this.neighbours.has(headHash[p]!)) return true;
    }
    return false;
  }
}
