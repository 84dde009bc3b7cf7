import type { Descendant } from 'slate';
import type { CompilationParagraph } from '../../compilation/render-compilation';
import { ResolutionElement } from '../../model/guards';
import type { BodyParagraph, Heading } from '../../model/types';
import { formulaInlines } from '../formula';
import { compilationHtml } from './compilation';
import { escapeHtml } from './escape';
import { inlineHtml } from './inline';

/** What the body writer needs: derived labels and footnote numbers, and a compilation text when asked for. */
export interface BodyHtmlContext {
  /** operative paragraph id → "1.", "(a)", "(i)"; "" for a sole operative paragraph */
  labels: ReadonlyMap<string, string>;
  /** report paragraph id → "12." */
  reports: ReadonlyMap<string, string>;
  numbers: ReadonlyMap<string, number>;
  compilation?: ReadonlyMap<string, CompilationParagraph[]>;
}

const labelOf = (node: BodyParagraph, ctx: BodyHtmlContext): { text: string; level: number } | null => {
  if (node.type === 'operative-paragraph') {
    const text = ctx.labels.get(node.id) ?? '';
    return text ? { text, level: node.level } : null;
  }
  if (node.type === 'plain-paragraph' && node.numbered) return { text: ctx.reports.get(node.id) ?? '', level: 0 };
  return null;
};

/**
 * A PP or unnumbered paragraph starts in the first-line indent; an OP (or a report paragraph) has its
 * derived label there, (a) and (i) one step deeper each, and turnover lines return to the text margin
 * (or align with the text in the `hanging` layout: the stylesheet decides).
 */
function paragraphHtml(node: BodyParagraph, ctx: BodyHtmlContext): string {
  const label = labelOf(node, ctx);
  const text = inlineHtml(node.children, ctx.numbers);
  if (!label) return `<p class="body indented">${text}</p>`;
  return `<p class="body numbered level-${label.level}"><span class="label">${escapeHtml(label.text)}</span>${text}</p>`;
}

function headingHtml(node: Heading, ctx: BodyHtmlContext): string {
  const label = node.label ? `${escapeHtml(node.label)} ` : '';
  const text = inlineHtml(node.children, ctx.numbers);
  return `<h2 class="${node.level === 1 ? 'chapter' : 'title'}">${label}${text}</h2>`;
}

/** The HTML of one resolution body; an embedded resolution is written in place, numbered on its own. */
export function bodyHtml(nodes: readonly Descendant[], ctx: BodyHtmlContext): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (ResolutionElement.isAdoptingBody(node)) out.push(`<p class="body indented formula">${inlineHtml(formulaInlines(node.children), ctx.numbers)}</p>`);
    else if (ResolutionElement.isParagraph(node) && ctx.compilation) out.push(...(ctx.compilation.get(node.id) ?? []).map(compilationHtml));
    else if (ResolutionElement.isParagraph(node) && !node.del) out.push(paragraphHtml(node, ctx));
    else if (ResolutionElement.isHeading(node)) out.push(headingHtml(node, ctx));
    else if (ResolutionElement.isEmbedded(node)) out.push(`<div class="embedded">`, ...bodyHtml(node.children, ctx), `</div>`);
  }
  return out;
}
