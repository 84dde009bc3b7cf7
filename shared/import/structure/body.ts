import { makeAdoptingBody, makeEmbedded, makeHeading, makeOperative, makePlain, makePreambular } from '../../model/factories';
import { detectOpener } from '../../model/openers';
import type { BodyBlock, BodyParagraph, Level } from '../../model/types';
import type { IdAllocator } from '../ids';
import type { ReportBuilder } from '../report';
import type { FootnoteRegistry, MarkerPlace } from './footnotes';
import { FORMULA } from './header-patterns';
import { toInlines } from './inlines';
import { OP_NUMBER, SUB_LABEL, SubLabels } from './labels';
import { dropLeading, trimRuns } from './runs';
import type { SourceParagraph, SourceRun } from './source';

export interface BodyContext {
  ids: IdAllocator;
  report: ReportBuilder;
  footnotes: FootnoteRegistry;
}

/** A source paragraph with its visible text, trimmed. */
export interface Para {
  p: SourceParagraph;
  text: string;
}

export const isFormula = (text: string): boolean => FORMULA.test(text);
const knownOpener = (text: string, kind: 'preambular' | 'operative') => detectOpener(text, kind)?.known === true;

/** Makes one body paragraph from runs, with the opener marked and footnote markers resolved. */
export function paragraph(
  ctx: BodyContext,
  para: Para,
  runs: SourceRun[],
  kind: 'pp' | 'op' | 'plain',
  place: MarkerPlace,
  level: Level = 0,
  numbered = false,
): BodyParagraph {
  const trimmed = trimRuns(runs);
  const text = trimmed.map((r) => ('text' in r && !r.del ? r.text : '')).join('');
  const opener =
    kind === 'pp' ? detectOpener(text, 'preambular') : kind === 'op' && level === 0 ? detectOpener(text, 'operative') : null;
  const inlines = toInlines(trimmed, (key) => ctx.footnotes.resolve(key, place), opener?.length ?? 0);
  if (opener && !italicFrom(trimmed, opener.length)) ctx.report.repairedEach('lost opener italics restored');
  const node =
    kind === 'pp'
      ? makePreambular(inlines, ctx.ids.next('pp'))
      : kind === 'op'
        ? makeOperative(inlines, level, ctx.ids.next(level === 0 ? 'op' : 'sub'))
        : makePlain(inlines, ctx.ids.next('p'), numbered);
  if (para.p.ins) node.ins = para.p.ins;
  if (para.p.del) node.del = para.p.del;
  return node;
}

/** Whether the source printed the first `length` visible characters in italics. */
function italicFrom(runs: readonly SourceRun[], length: number): boolean {
  let left = length;
  for (const run of runs) {
    if (left <= 0) break;
    if (!('text' in run) || run.del) continue;
    if (!run.italic && run.text.slice(0, left).trim() !== '') return false;
    left -= run.text.length;
  }
  return true;
}

/** Preambular and operative paragraphs of one resolution body (after its formula line). */
export function clauses(paras: readonly Para[], ctx: BodyContext, unknown: 'pp' | 'plain' = 'pp'): BodyBlock[] {
  const out: BodyBlock[] = [];
  const subs = new SubLabels();
  let pp = 0;
  let op = 0;
  let printed = 0;
  let sawOperative = false;
  // an unnumbered clause is the sole operative paragraph only when no numbered one follows (79/1's "Adopts …")
  const numbered = paras.some((para) => para.p.numbering === 0 || (para.p.numbering === undefined && OP_NUMBER.test(para.text)));
  for (const para of paras) {
    const { text, p } = para;
    const heading = headingOf(para);
    if (heading) {
      out.push(makeHeading(heading.label, heading.text, heading.level, ctx.ids.next('h')));
      continue;
    }
    const number = p.numbering === undefined ? OP_NUMBER.exec(text) : null;
    const sub = p.numbering === undefined ? SUB_LABEL.exec(text) : null;
    if (p.numbering === 0 || number) {
      op += 1;
      subs.reset();
      if (number) {
        const n = Number(number[1]);
        if (n !== printed + 1) ctx.report.warn(`operative paragraph numbered ${n} follows ${printed || 'none'}; numbers are derived, so it is OP${op} now (${p.where})`);
        printed = n;
      }
      sawOperative = true;
      const runs = number ? dropLeading(p.runs, number[0].length) : p.runs;
      out.push(paragraph(ctx, para, runs, 'op', { region: 'operative', label: `OP${op}` }));
    } else if ((p.numbering === 1 || p.numbering === 2 || sub) && sawOperative) {
      const read = sub ? subs.read(sub[1]!) : { level: p.numbering as 1 | 2, inSequence: true };
      if (!read.inSequence) ctx.report.warn(`sub-paragraph label (${sub?.[1]}) is out of sequence under OP${op} (${p.where})`);
      const runs = sub ? dropLeading(p.runs, sub[0].length) : p.runs;
      const label = `OP${op}${subs.ref()}`;
      out.push(paragraph(ctx, para, runs, 'op', { region: 'operative', label }, read.level));
    } else if (!sawOperative && !sub && (knownOpener(text, 'preambular') || (unknown === 'pp' && !knownOpener(text, 'operative')))) {
      pp += 1;
      out.push(paragraph(ctx, para, p.runs, 'pp', { region: 'preamble', label: `PP${pp}` }));
    } else if (!sawOperative && !sub && !numbered && knownOpener(text, 'operative')) {
      // an unnumbered operative clause: a sole OP, or an outer "Recommends …" wrapper (003)
      op += 1;
      sawOperative = true;
      out.push(paragraph(ctx, para, p.runs, 'op', { region: 'operative', label: `OP${op}` }));
    } else {
      if (unknown === 'pp' || sawOperative) ctx.report.warn(`unnumbered paragraph${sawOperative ? ` after OP${op}` : ''} kept as unnumbered text (${p.where})`);
      out.push(paragraph(ctx, para, p.runs, 'plain', { region: 'other', label: `after OP${op}` }));
    }
  }
  return out;
}

const adopting = (para: Para) => makeAdoptingBody(para.text);

/** "I Implementation of …", "II. Capacity-building", "B. Individual territories": a labelled heading line. */
const LABELLED = /^([IVXLC]{1,6}\.?|[A-Z]\.)\s+([A-Z(“"‘].*)$/;

/**
 * A heading inside a resolution body (the oceans omnibus has eighteen): marked by the source (markdown
 * hashes, a Word heading style) or printed with a chapter label and no closing punctuation.
 */
function headingOf(para: Para): { label: string; text: string; level: 1 | 2 } | null {
  const { text, p } = para;
  if (p.numbering !== undefined || /[.;:,]$/.test(text) || text.length > 200) {
    if (p.heading === undefined) return null;
  }
  const m = LABELLED.exec(text);
  if (!m && p.heading === undefined) return null;
  const label = m?.[1] ?? '';
  const level: 1 | 2 = label ? (/^[A-Z]\.$/.test(label) && !/^[IVXLC]\.$/.test(label) ? 2 : 1) : p.heading! <= 2 ? 1 : 2;
  return { label, text: m ? m[2]! : text, level };
}

/**
 * A resolution body: formula, preamble, operative part. A second formula after a clause ending ":" opens
 * an embedded resolution (003: "Recommends … the following draft resolution:"); otherwise each formula
 * starts another part (A, B …), each its own embedded body.
 */
export function container(paras: readonly Para[], ctx: BodyContext): BodyBlock[] {
  const formulas = paras.flatMap((para, i) => (isFormula(para.text) ? [i] : []));
  if (formulas.length === 0) return clauses(paras, ctx);
  const first = formulas[0]!;
  const before = clauses(paras.slice(0, first), ctx);
  if (formulas.length === 1) return [...before, adopting(paras[first]!), ...clauses(paras.slice(first + 1), ctx)];
  const second = formulas[1]!;
  const wrapper = paras.slice(first + 1, second);
  if (wrapper.length > 0 && wrapper[wrapper.length - 1]!.text.endsWith(':')) {
    ctx.report.found(`nested resolution: "${paras[first]!.text}" wraps "${paras[second]!.text}"`);
    const inner = makeEmbedded(container(paras.slice(second), ctx), ctx.ids.next('emb'));
    return [...before, adopting(paras[first]!), ...clauses(wrapper, ctx), inner];
  }
  return [...before, ...parts(paras.slice(first), formulas.map((f) => f - first), ctx)];
}

/** Multi-part texts (A, B …): short unpunctuated lines just before a formula are the next part's headings. */
function parts(paras: readonly Para[], formulas: number[], ctx: BodyContext): BodyBlock[] {
  const out: BodyBlock[] = [];
  const starts = formulas.map((f) => {
    let s = f;
    while (s > 0 && !formulas.includes(s - 1) && /^[^.;:,]{1,160}$/.test(paras[s - 1]!.text) && !OP_NUMBER.test(paras[s - 1]!.text)) s -= 1;
    return s;
  });
  starts[0] = 0;
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? paras.length;
    const formula = formulas[k]!;
    const headings = paras.slice(start, formula).map((h) => makeHeading('', h.text, 1, ctx.ids.next('h')));
    const body = [adopting(paras[formula]!), ...clauses(paras.slice(formula + 1, end), ctx)];
    out.push(makeEmbedded([...headings, ...body], ctx.ids.next('emb')));
  });
  ctx.report.found(`${formulas.length} parts, each with its own adopting-body line`);
  return out;
}
