import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Descendant } from 'slate';
import type { AdoptingBody, BodyParagraph, Closing, Heading, Revision } from '../../model/types';
import type { CompilationParagraph } from '../../compilation/render-compilation';
import { ResolutionElement } from '../../model/guards';
import { compilationParagraph } from './compilation';
import { INDENT_STEP } from './layout';
import { LIST } from './numbering';
import { changeAttributes } from './revision-ids';
import { formulaInlines } from '../formula';
import { inlineRuns, textRun, type RunContext } from './runs';
import { STYLE } from './styles';

/** The body builder's context: runs, derived OP labels, and one Word list instance per resolution body. */
export interface BodyContext extends RunContext {
  labels: ReadonlyMap<string, string>;
  nextInstance: () => number;
  /** a compilation text: paragraph id → the paragraph with its proposals, then proposed paragraphs */
  compilation?: ReadonlyMap<string, CompilationParagraph[]>;
}

const firstLine = { firstLine: INDENT_STEP };

/** A block whose paragraph mark a redline marks inserted or deleted (paragraphs carry ins/del already). */
export type Tracked = { ins?: Revision; del?: Revision };

/** A paragraph mark inserted or deleted with its paragraph. */
export const markChange = (ctx: RunContext, p: Tracked) =>
  p.del ? { deletion: changeAttributes(ctx.ids, p.del) } : p.ins ? { insertion: changeAttributes(ctx.ids, p.ins) } : undefined;

function adoptingBody(node: AdoptingBody, ctx: BodyContext): Paragraph {
  const tracked = node as AdoptingBody & Tracked;
  const children = inlineRuns(formulaInlines(node.children), ctx, tracked);
  return new Paragraph({ style: STYLE.body, indent: firstLine, keepNext: true, run: markChange(ctx, tracked), children });
}

function bodyParagraph(node: BodyParagraph, ctx: BodyContext, instance: number): Paragraph {
  const children = inlineRuns(node.children, ctx, node);
  const run = markChange(ctx, node);
  if (node.type === 'operative-paragraph' && (node.level > 0 || ctx.labels.get(node.id) !== '')) {
    return new Paragraph({ style: STYLE.body, run, numbering: { reference: LIST.operative, level: node.level, instance, custom: true }, children });
  }
  if (node.type === 'plain-paragraph' && node.numbered) {
    return new Paragraph({ style: STYLE.body, run, numbering: { reference: LIST.report, level: 0, custom: true }, children });
  }
  return new Paragraph({ style: STYLE.body, run, indent: firstLine, children });
}

function heading(node: Heading, ctx: BodyContext): Paragraph {
  const label: ParagraphChild[] = node.label ? [new TextRun({ text: `${node.label}\t` })] : [];
  return new Paragraph({ style: node.level === 1 ? STYLE.chapter : STYLE.title, children: [...label, ...inlineRuns(node.children, ctx)] });
}

/** The closing line, meeting and date on two lines; a redline may mark it inserted or deleted. */
export function closingParagraphs(node: Closing, ctx: RunContext): Paragraph[] {
  const change = node as Closing & Tracked;
  // one paragraph, a line break between meeting and date: the two lines are one closing block
  const children = [textRun(node.meeting, {}, change, ctx.ids), textRun(node.date, { break: 1 }, change, ctx.ids)];
  return [new Paragraph({ style: STYLE.closing, spacing: { before: 360 }, run: markChange(ctx, change), children })];
}

/** The paragraphs of one resolution body; an embedded resolution gets a list instance of its own. */
export function bodyParagraphs(nodes: readonly Descendant[], ctx: BodyContext): Paragraph[] {
  const instance = ctx.nextInstance();
  const out: Paragraph[] = [];
  for (const node of nodes) {
    if (ResolutionElement.isAdoptingBody(node)) out.push(adoptingBody(node, ctx));
    else if (ResolutionElement.isParagraph(node) && ctx.compilation) out.push(...(ctx.compilation.get(node.id) ?? []).map((p) => compilationParagraph(p, ctx)));
    else if (ResolutionElement.isParagraph(node)) out.push(bodyParagraph(node, ctx, instance));
    else if (ResolutionElement.isHeading(node)) out.push(heading(node, ctx));
    else if (ResolutionElement.isEmbedded(node)) out.push(...bodyParagraphs(node.children, ctx));
  }
  return out;
}
