import type { Passage } from './passage';

/** One resolution (or draft) as a source hands it to the index. */
export interface CorpusDocument {
  symbol: string;
  body: string;
  /** ISO adoption date, '' when unknown */
  date: string;
  title: string;
  /** a draft (the user's documents), not adopted text */
  draft?: boolean;
  paragraphs: CorpusParagraph[];
}

export interface CorpusParagraph {
  /** the corpus's own id: "PP3", "OP5(a)", "OP5.u1", "ANNEX.4" */
  id: string;
  kind: Passage['kind'];
  /** the opening phrase ("Recalling also"), '' when none */
  lead: string;
  text: string;
}

/** The year of an ISO date, or null (a few SC records carry the placeholder 0001-01-01). */
export function yearOf(date: string): number | null {
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && year > 1900 ? year : null;
}
