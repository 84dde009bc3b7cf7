import type { Finding } from '../diagnostic';
import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { MONTHS } from '../text/patterns';

/** Dates are written "19 December 2006": no ordinals, commas or leading zeros (un-format.md §4.2). */
const FORMS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [new RegExp(`\\b(${MONTHS}) (\\d{1,2}),? (\\d{4})\\b`, 'g'), (m) => `${Number(m[2])} ${m[1]} ${m[3]}`],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th) (?:of )?(${MONTHS}),? (\\d{4})\\b`, 'g'), (m) => `${Number(m[1])} ${m[2]} ${m[3]}`],
  [new RegExp(`\\b(\\d{1,2}) (${MONTHS}), (\\d{4})\\b`, 'g'), (m) => `${Number(m[1])} ${m[2]} ${m[3]}`],
  [new RegExp(`\\b0(\\d) (${MONTHS}) (\\d{4})\\b`, 'g'), (m) => `${m[1]} ${m[2]} ${m[3]}`],
];

/** Every form names a month: most paragraphs name none, and one plain scan is cheaper than the four patterns. */
const ANY_MONTH = new RegExp(MONTHS);

export const dateFormat: ParagraphRule = {
  type: 'paragraph',
  id: 'date-format',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'Dates in the form “19 December 2006”.',
  targets: TEXT_TARGETS,
  check: (target) => {
    const out: Finding[] = [];
    if (!ANY_MONTH.test(target.text)) return out;
    for (const [pattern, format] of FORMS) {
      for (const m of target.text.matchAll(pattern)) {
        const replacement = format(m);
        if (replacement === m[0]) continue;
        out.push({
          range: { start: m.index, end: m.index + m[0].length },
          message: `Write the date as “${replacement}”.`,
          fix: { replacement },
        });
      }
    }
    return out.sort((a, b) => a.range!.start - b.range!.start);
  },
};
