import type { CompilationParagraph } from '../../compilation/render-compilation';
import { emphasize, escapeMarkdown } from './inline';

/** A compilation paragraph as Markdown: typed number, bold attributions, italic notes, struck settled text. */
export function compilationMarkdown(paragraph: CompilationParagraph): string {
  const text = paragraph.runs
    .map((run) => {
      if (run.footnoteId) return `<sup>${run.text}</sup>`;
      let out = escapeMarkdown(run.text);
      if (run.italic || run.role === 'note') out = emphasize(out, '*');
      if (run.bold) out = emphasize(out, '**');
      if (run.strike) out = emphasize(out, '~~');
      return out;
    })
    .join('');
  return paragraph.number ? `${escapeMarkdown(paragraph.number)} ${text}` : text;
}
