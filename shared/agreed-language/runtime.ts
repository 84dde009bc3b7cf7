import { VoteBuffers } from './candidates';
import { ContextScorer } from './context';
import type { SearchIndexData } from './index-data';
import { Lexicon } from './lexicon';

/** A loaded index with what searching needs besides the data: word lookup, context scorer, scratch space. */
export interface IndexRuntime {
  data: SearchIndexData;
  lexicon: Lexicon;
  scorer: ContextScorer;
  buffers: VoteBuffers;
  /** alignment scratch row */
  row: Float64Array;
  /** per-candidate scratch: paragraph, context score, upper bound, queue */
  candidates: Uint32Array;
  context: Float64Array;
  bounds: Float64Array;
  heap: Uint32Array;
}

export function makeRuntime(data: SearchIndexData): IndexRuntime {
  const lexicon = new Lexicon(data);
  const paragraphs = data.paraDoc.length;
  return {
    data,
    lexicon,
    scorer: new ContextScorer(data, lexicon),
    buffers: new VoteBuffers(paragraphs),
    row: new Float64Array(256),
    candidates: new Uint32Array(paragraphs),
    context: new Float64Array(paragraphs),
    bounds: new Float64Array(paragraphs),
    heap: new Uint32Array(paragraphs),
  };
}
