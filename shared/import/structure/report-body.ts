import { makeHeading } from '../../model/factories';
import type { BodyBlock } from '../../model/types';
import type { BodyContext, Para } from './body';
import { toInlines } from './inlines';
import { letterIndex, OP_NUMBER, REPORT_HEADING, romanValue } from './labels';
import { dropLeading, trimRuns } from './runs';
import { makePlain } from '../../model/factories';

/**
 * A report (un-format.md §1.9): chapters I., II. …, sections A., B. … and paragraphs numbered continuously.
 * "I. Technical assistance" after "H." is a section, not chapter I: the sequence decides.
 */
export function reportBody(paras: readonly Para[], ctx: BodyContext, reportHeading: string | null): BodyBlock[] {
  const out: BodyBlock[] = [];
  if (reportHeading) out.push(makeHeading('', reportHeading, 1, ctx.ids.next('h')));
  let chapter = 0;
  let section = 0;
  let printed = 0;
  let chapters = 0;
  let sections = 0;
  let numbered = 0;
  for (const para of paras) {
    const { text, p } = para;
    const heading = REPORT_HEADING.exec(text);
    const headingLike = heading !== null && !/[.;:,]$/.test(text) && text.length < 200;
    if (heading && headingLike) {
      const label = heading[1]!;
      const asLetter = label.length === 1 ? letterIndex(label.toLowerCase()) : null;
      const asRoman = romanValue(label);
      const nextSection = asLetter !== null && asLetter === section + 1;
      const nextChapter = asRoman !== null && asRoman === chapter + 1;
      const isSection = nextSection || (!nextChapter && asLetter !== null);
      if (isSection) {
        section = asLetter ?? section + 1;
        sections += 1;
      } else {
        chapter = asRoman ?? chapter + 1;
        section = 0;
        chapters += 1;
      }
      out.push(makeHeading(`${label}.`, heading[2]!.trim(), isSection ? 2 : 1, ctx.ids.next('h')));
      continue;
    }
    const number = OP_NUMBER.exec(text);
    const place = { region: 'other' as const, label: number ? `P${numbered + 1}` : `after P${numbered}` };
    if (number) {
      const n = Number(number[1]);
      if (n !== printed + 1) ctx.report.warn(`report paragraph numbered ${n} follows ${printed || 'none'} (${p.where})`);
      printed = n;
      numbered += 1;
      const runs = trimRuns(dropLeading(p.runs, number[0].length));
      out.push(makePlain(toInlines(runs, (key) => ctx.footnotes.resolve(key, place)), ctx.ids.next('p'), true));
      continue;
    }
    if (/^[A-Z][^.;:,]{0,60}$/.test(text) && !/\s(and|of|the|to|in)$/.test(text)) {
      out.push(makeHeading('', text, 2, ctx.ids.next('h')));
      continue;
    }
    out.push(makePlain(toInlines(trimRuns(p.runs), (key) => ctx.footnotes.resolve(key, place)), ctx.ids.next('p')));
  }
  ctx.report.found(`report: ${chapters} chapters, ${sections} sections, ${numbered} numbered paragraphs`);
  return out;
}
