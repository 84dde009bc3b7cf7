import { z } from 'zod';

/** One suggestible paragraph of a source (the default corpus, an AKN folder, the user's documents). */
export const Passage = z.object({
  /** "<symbol> <paragraph id>", the corpus's own ids: "A/RES/78/201 OP5" */
  ref: z.string(),
  symbol: z.string(),
  paragraph: z.string(),
  kind: z.enum(['preambular', 'operative', 'annex', 'other']),
  body: z.string(),
  /** ISO adoption date ('' when unknown) */
  date: z.string(),
  title: z.string(),
  opener: z.string(),
  text: z.string(),
  /** from a draft, not adopted text */
  draft: z.boolean().optional(),
});
export type Passage = z.infer<typeof Passage>;

export const ScoredPassage = Passage.extend({ score: z.number() });
export type ScoredPassage = z.infer<typeof ScoredPassage>;

export const SearchFilters = z.object({
  body: z.string().optional(),
  yearFrom: z.number().int().optional(),
  yearTo: z.number().int().optional(),
  kind: z.enum(['preambular', 'operative']).optional(),
  opener: z.string().optional(),
});
export type SearchFilters = z.infer<typeof SearchFilters>;

export const SearchContext = z.object({
  title: z.string().optional(),
  organ: z.string().optional(),
  /** text of the paragraphs around the cursor */
  neighbours: z.array(z.string()).optional(),
  kind: z.enum(['preambular', 'operative']).optional(),
});
export type SearchContext = z.infer<typeof SearchContext>;

/** How a search reads its text: a paragraph's beginning, free words, or a whole paragraph to match. */
export const SearchMode = z.enum(['prefix', 'words', 'similar']);
export type SearchMode = z.infer<typeof SearchMode>;

/** UN attribution notice, shown in the About box and next to every suggestion's provenance. */
export const CORPUS_NOTICE =
  'Source: United Nations (unofficial AKN4UN copies published by the Department for General Assembly and Conference Management; for informational purposes only).';
