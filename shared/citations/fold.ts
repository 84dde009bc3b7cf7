import { markupRuns, runsText } from './markup';

/**
 * Footnote text reduced for comparison (imported vs derived): italics markup gone, quote styles and dashes
 * folded, spaces collapsed. What remains differing is a real difference in the citation.
 */
export function foldCitationText(text: string): string {
  return runsText(markupRuns(text))
    .replace(/[“”„‟″"]/g, '"')
    .replace(/[‘’‚‛′']/g, "'")
    .replace(/[‐‑‒–—―-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
