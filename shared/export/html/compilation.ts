import type { CompilationParagraph } from '../../compilation/render-compilation';
import { escapeHtml } from './escape';
import { styledHtml, supMark, type StyledRun } from './inline';

/**
 * One paragraph of a compilation text (un-format.md §8.2), as the .docx writes it: the typed number
 * ("5 bis", "5 alt" exist only in the compilation) in the first-line indent, brackets, bold attributions
 * and struck settled proposals from the compilation renderer.
 */
export function compilationHtml(paragraph: CompilationParagraph): string {
  const level = paragraph.kind === 'operative' ? Math.min(paragraph.level, 2) : 0;
  const label = paragraph.number ? `<span class="label">${escapeHtml(paragraph.number)}</span>` : '';
  let html = '';
  let pending: StyledRun[] = [];
  for (const run of paragraph.runs) {
    if (run.footnoteId) {
      html += styledHtml(pending) + (run.text ? supMark(run.text, 'footnote') : '');
      pending = [];
    } else pending.push({ text: run.text, italic: !!run.italic || run.role === 'note', bold: !!run.bold, strike: !!run.strike });
  }
  html += styledHtml(pending);
  const kind = paragraph.number ? `numbered level-${level}` : 'indented';
  return `<p class="body ${kind}">${label}${html}</p>`;
}
