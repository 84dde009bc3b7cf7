import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { matchFindings } from '../text/patterns';

/** "…children” and resolution 2006/27" needs a comma after the closing quote (un-format.md §4.5; 000 PP8). */
export const quoteComma: ParagraphRule = {
  type: 'paragraph',
  id: 'quote-comma',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'A comma follows the closing quote of a cited title before “and resolution …” or “in which”.',
  targets: TEXT_TARGETS,
  // what every match contains, found without the pattern's look-behind at every offset
  check: (target) =>
    !/["”]\s+(?:and\s|in which)/.test(target.text) ? [] : matchFindings(target.text, /(?<=\S)(["”])(?=\s+(?:and\s+(?:its\s+)?resolutions?\b|in which\b))/g, (m) => ({
      message: 'Put a comma after the closing quote: another item or a non-restrictive clause follows.',
      replacement: `${m[1]},`,
    })),
};
