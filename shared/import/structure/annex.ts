import { makeAnnex, makeHeading, makePlain } from '../../model/factories';
import type { Annex } from '../../model/types';
import type { BodyContext, Para } from './body';
import { toInlines } from './inlines';
import { trimRuns } from './runs';

const ANNEX = /^Annex(?:\s+[IVXLC]+)?$/i;

/**
 * Text after the closing line is an annex (or several, each opened by "Annex I", "Annex II" …). An annex
 * is not resolution structure: headings stay headings and every paragraph keeps its printed label.
 */
export function annexes(paras: readonly Para[], ctx: BodyContext): Annex[] {
  const out: Annex[] = [];
  let current: Annex['children'] = [];
  const close = () => {
    if (current.length > 0) out.push(makeAnnex(current, ctx.ids.next('annex')));
    current = [];
  };
  for (const para of paras) {
    if (ANNEX.test(para.text)) close();
    const headingLike = para.p.heading !== undefined || ANNEX.test(para.text) || /^[A-Z][^.;:,]{0,80}$/.test(para.text);
    if (headingLike && !para.p.runs.some((r) => 'ref' in r)) current.push(makeHeading('', para.text, 1, ctx.ids.next('h')));
    else {
      const place = { region: 'other' as const, label: 'annex' };
      current.push(makePlain(toInlines(trimRuns(para.p.runs), (key) => ctx.footnotes.resolve(key, place)), ctx.ids.next('p')));
    }
  }
  close();
  return out;
}
