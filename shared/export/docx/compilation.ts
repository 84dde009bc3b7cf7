import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { CompilationParagraph } from '../../compilation/render-compilation';
import { INDENT_STEP, TEXT_MARGIN } from './layout';
import { footnoteReference, textRun, type RunContext } from './runs';
import { STYLE } from './styles';

/**
 * One paragraph of a compilation text (un-format.md §8.2). Its number is typed, not a Word list number:
 * "5 bis" and "5 alt" exist only in the compilation. The number sits in the first-line indent as in the
 * UN layout; brackets, bold attributions and struck settled proposals come from the compilation renderer.
 */
export function compilationParagraph(paragraph: CompilationParagraph, ctx: RunContext): Paragraph {
  const indent = (paragraph.kind === 'operative' ? paragraph.level + 1 : 1) * INDENT_STEP;
  const number: ParagraphChild[] = paragraph.number ? [new TextRun(`${paragraph.number}\t`)] : [];
  const runs = paragraph.runs.flatMap((run): ParagraphChild[] => {
    if (run.footnoteId) {
      const reference = footnoteReference(run.footnoteId, ctx, {});
      return reference ? [reference] : [];
    }
    return run.text ? [textRun(run.text, { italics: !!run.italic || run.role === 'note', bold: !!run.bold, strike: !!run.strike }, {}, ctx.ids)] : [];
  });
  return new Paragraph({
    style: STYLE.body,
    indent: { firstLine: indent },
    tabStops: [{ type: 'left', position: TEXT_MARGIN + indent + INDENT_STEP }],
    children: [...number, ...runs],
  });
}
