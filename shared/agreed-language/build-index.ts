import { strToU8 } from 'fflate';
import type { CorpusDocument } from './corpus-document';
import { U32Builder, offsetsFromCounts, packBytes } from './csr';
import { foldText } from './fold';
import { hashString, hashTokens } from './hash';
import { HEAD_HASH_TOKENS, KINDS, headKey, type SearchIndexData } from './index-data';
import { buildHeadIndex } from './build-head-index';

class Vocabulary {
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }
}

/** Builds the search index of a list of documents (drafts and adopted texts alike). */
export function buildIndex(documents: readonly CorpusDocument[]): SearchIndexData {
  const vocab = new Vocabulary();
  const leads = new Vocabulary();
  const texts = new Map<string, number>();
  const textChunks: Uint8Array[] = [];
  const paraDoc = new U32Builder();
  const paraIds: string[] = [];
  const kinds: number[] = [];
  const paraLead = new U32Builder();
  const flags: number[] = [];
  const textHash = new U32Builder();
  const headHash = new U32Builder();
  const paraText = new U32Builder();
  const tokens = new U32Builder();
  const tokenEnds = new U32Builder();
  const titleTokens = new U32Builder();
  const titleEnds = new U32Builder();

  documents.forEach((doc, d) => {
    for (const token of new Set(foldText(doc.title).tokens)) titleTokens.push(vocab.id(token));
    titleEnds.push(titleTokens.length);
    for (const paragraph of doc.paragraphs) {
      const folded = foldText(paragraph.text);
      const ids = folded.tokens.map((token) => vocab.id(token));
      for (const id of ids) tokens.push(id);
      tokenEnds.push(tokens.length);
      let textIndex = texts.get(paragraph.text);
      if (textIndex === undefined) {
        textIndex = textChunks.length;
        texts.set(paragraph.text, textIndex);
        textChunks.push(strToU8(paragraph.text));
      }
      paraDoc.push(d);
      paraIds.push(paragraph.id);
      kinds.push(Math.max(0, KINDS.indexOf(paragraph.kind)));
      paraLead.push(leads.id(paragraph.lead));
      flags.push(folded.adverb);
      textHash.push(hashString(folded.exact.join(' ')));
      headHash.push(hashTokens(ids, 0, Math.min(HEAD_HASH_TOKENS, ids.length)));
      paraText.push(textIndex);
    }
  });

  const tokenOffsets = withZero(tokenEnds.finish());
  const allTokens = tokens.finish();
  const vocabSize = vocab.words.length;
  const { postingOffsets, postings } = buildPostings(allTokens, tokenOffsets, vocabSize);
  const head = buildHeadIndex(allTokens, tokenOffsets, (a, b, pos) => headKey(a, b, pos, vocabSize), vocabSize);
  const packed = packBytes(textChunks);
  const sortedVocab = Uint32Array.from(vocab.words.keys()).sort((a, b) =>
    vocab.words[a]! < vocab.words[b]! ? -1 : vocab.words[a]! > vocab.words[b]! ? 1 : 0,
  );
  return {
    docs: documents.map((d) => ({ symbol: d.symbol, body: d.body, date: d.date, title: d.title, draft: d.draft === true })),
    paraDoc: paraDoc.finish(),
    paraIds,
    paraKind: Uint8Array.from(kinds),
    paraLead: paraLead.finish(),
    leads: leads.words,
    paraFlags: Uint8Array.from(flags),
    textHash: textHash.finish(),
    headHash: headHash.finish(),
    paraText: paraText.finish(),
    textOffsets: packed.offsets,
    textBytes: packed.bytes,
    tokenOffsets,
    tokens: allTokens,
    vocab: vocab.words,
    sortedVocab,
    postingOffsets,
    postings,
    ...head,
    titleOffsets: withZero(titleEnds.finish()),
    titleTokens: titleTokens.finish(),
  };
}

const withZero = (ends: Uint32Array): Uint32Array => {
  const out = new Uint32Array(ends.length + 1);
  out.set(ends, 1);
  return out;
};

/** token → ascending list of the paragraphs that contain it (each paragraph once). */
function buildPostings(tokens: Uint32Array, offsets: Uint32Array, vocabSize: number) {
  const counts = new Uint32Array(vocabSize);
  const seen = new Int32Array(vocabSize).fill(-1);
  const paragraphs = offsets.length - 1;
  for (let p = 0; p < paragraphs; p += 1) {
    for (let i = offsets[p]!; i < offsets[p + 1]!; i += 1) {
      const t = tokens[i]!;
      if (seen[t] !== p) {
        seen[t] = p;
        counts[t]! += 1;
      }
    }
  }
  const postingOffsets = offsetsFromCounts(counts);
  const postings = new Uint32Array(postingOffsets[vocabSize]!);
  const fill = postingOffsets.slice(0, vocabSize);
  seen.fill(-1);
  for (let p = 0; p < paragraphs; p += 1) {
    for (let i = offsets[p]!; i < offsets[p + 1]!; i += 1) {
      const t = tokens[i]!;
      if (seen[t] !== p) {
        seen[t] = p;
        postings[fill[t]!] = p;
        fill[t]! += 1;
      }
    }
  }
  return { postingOffsets, postings };
}
