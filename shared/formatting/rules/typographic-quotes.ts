import type { Finding } from '../diagnostic';
import { TEXT_TARGETS, type ParagraphRule } from '../rule';

/** An opening quote follows the start, a space or an opening bracket; anything else closes. */
export const opensQuote = (before: string | undefined): boolean => before === undefined || /[\s([{“‘–—-]/.test(before);

/** The curly form of a straight quote at `index` in `text`. */
export function curlyQuote(text: string, index: number): string {
  const before = index > 0 ? text[index - 1] : undefined;
  if (text[index] === '"') return opensQuote(before) ? '“' : '”';
  return opensQuote(before) ? '‘' : '’';
}

export const typographicQuotes: ParagraphRule = {
  type: 'paragraph',
  id: 'typographic-quotes',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'Curly quotation marks “ ” and apostrophes ’, never straight ones.',
  targets: TEXT_TARGETS,
  check: (target) => {
    const out: Finding[] = [];
    const { text } = target;
    for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
      const replacement = curlyQuote(text, i);
      out.push({ range: { start: i, end: i + 1 }, message: `Use curly quotation marks: ${replacement}.`, fix: { replacement } });
    }
    // straight apostrophes are normally repaired at import; what is left is advisory
    for (let i = text.indexOf("'"); i !== -1; i = text.indexOf("'", i + 1)) {
      const replacement = curlyQuote(text, i);
      out.push({
        range: { start: i, end: i + 1 },
        severity: 'info',
        message: `Use the typographic apostrophe or quote: ${replacement}.`,
        fix: { replacement },
      });
    }
    return out.sort((a, b) => a.range!.start - b.range!.start);
  },
};
