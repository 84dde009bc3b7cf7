import type { Finding } from '../diagnostic';
import { TEXT_TARGETS, type ParagraphRule } from '../rule';

/**
 * A parenthetical dash is a spaced en dash (un-format.md §4.5): a spaced hyphen, an em dash, a double hyphen or an
 * en dash spaced on one side only become " – ". Number ranges are range-dash's business.
 */
// each with the text every match contains: most paragraphs have none, and a plain search is cheaper than the pattern
const PATTERNS: [RegExp, string, string][] = [
  [/(?<=[^\s\d]) - (?=[^\s\d])|(?<=\d) - (?=[^\s\d])|(?<=[^\s\d]) - (?=\d)/g, 'A spaced hyphen used as a dash: use a spaced en dash “ – ”.', ' - '],
  [/\s*—\s*/g, 'UN texts use no em dash: use a spaced en dash “ – ”.', '—'],
  [/(?<=\S)\s*--\s*(?=\S)/g, 'A double hyphen: use a spaced en dash “ – ”.', '--'],
  [/(?<=\p{L}) –(?=\p{L})|(?<=\p{L})– (?=\p{L})/gu, 'A parenthetical dash has a space on both sides: “ – ”.', '–'],
];

export const dashSpacing: ParagraphRule = {
  type: 'paragraph',
  id: 'dash-spacing',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'Parenthetical dashes are spaced en dashes; no em dashes or spaced hyphens.',
  targets: TEXT_TARGETS,
  check: (target) => {
    const out: Finding[] = [];
    for (const [pattern, message, contained] of PATTERNS) {
      if (!target.text.includes(contained)) continue;
      for (const m of target.text.matchAll(pattern)) {
        if (m[0] === ' – ') continue;
        out.push({ range: { start: m.index, end: m.index + m[0].length }, message, fix: { replacement: ' – ' } });
      }
    }
    return out.sort((a, b) => a.range!.start - b.range!.start);
  },
};
