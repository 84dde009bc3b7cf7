import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { matchFindings, MONTHS } from '../text/patterns';

/** "2008-2014", "23-27 April", "29 April-8 May" and "23 – 27" take an unspaced en dash (un-format.md §4.2). */
const RANGE = new RegExp(
  `(?<![\\p{L}\\d/.\\-–])\\d{1,4}(\\s*-\\s*|\\s+–\\s+)\\d{1,4}(?![\\d/\\-])|(?<=\\b(?:${MONTHS}))(\\s*-\\s*|\\s+–\\s+)(?=\\d{1,2} (?:${MONTHS}))`,
  'gu',
);

/** What every match contains (a dash, then a digit): most paragraphs have none, and it is cheaper than RANGE. */
const DASH_DIGIT = /[-–]\s*\d/;

export const rangeDash: ParagraphRule = {
  type: 'paragraph',
  id: 'range-dash',
  severity: 'info',
  organs: 'all',
  scope: 'text',
  description: 'Date and number ranges take an unspaced en dash (2008–2014, 23–27 April).',
  targets: TEXT_TARGETS,
  check: (target) =>
    !DASH_DIGIT.test(target.text) ? [] : matchFindings(target.text, RANGE, (m) => {
      const dash = m[1] ?? m[2]!;
      const start = m.index! + (m[1] !== undefined ? m[0].indexOf(dash, 1) : 0);
      return { start, end: start + dash.length, message: 'A range takes an unspaced en dash “–”.', replacement: '–' };
    }),
};
