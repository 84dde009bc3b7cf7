import type { Finding } from '../diagnostic';
import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { MONTHS } from '../text/patterns';
import { checkTitle } from '../text/title-case';

const ENTITLED = /\bentitled\s+[“"]([^”"]+)[”"]/g;
/** "73/154 of 17 December 2018 on Protecting Children from Bullying" (un-format.md §4.1: a lower-case paraphrase) */
const TOPIC = new RegExp(`(?:\\b\\d{1,4}/\\d{1,4}|\\bresolution \\d+)(?: of \\d{1,2} (?:${MONTHS}) \\d{4})?,? on (?!the\\b)([^,;]+)`, 'g');

function finding(start: number, title: string, keepFirst: boolean, what: string): Finding | null {
  const trimmed = title.replace(/\s+$/, '');
  const check = checkTitle(trimmed, keepFirst);
  if (!check.titleCase) return null;
  return {
    range: { start, end: start + trimmed.length },
    message: `${what} is in sentence case: “${check.sentenceCase}”.`,
    fix: { replacement: check.sentenceCase },
  };
}

export const citedTitleCase: ParagraphRule = {
  type: 'paragraph',
  id: 'cited-title-case',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'Cited titles after “entitled” are in sentence case; topics after “on” are lower case; proper names keep capitals.',
  targets: TEXT_TARGETS,
  check: (target) => {
    const out: Finding[] = [];
    // each pattern only where its words occur (" on " is common, "entitled" is not): most paragraphs cite no title
    for (const m of target.text.includes('entitled') ? target.text.matchAll(ENTITLED) : []) {
      const start = m.index + m[0].indexOf(m[1]!);
      const found = finding(start, m[1]!, true, 'A cited title');
      if (found) out.push(found);
    }
    for (const m of target.text.includes(' on ') ? target.text.matchAll(TOPIC) : []) {
      const start = m.index + m[0].length - m[1]!.length;
      const found = finding(start, m[1]!, false, 'The topic of a cited resolution');
      if (found) out.push(found);
    }
    return out.sort((a, b) => a.range!.start - b.range!.start);
  },
};
