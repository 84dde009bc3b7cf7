import { Text } from 'slate';
import type { InlineNode } from '../../model/types';

/** Characters the importer would read as markup. */
export const escapeMarkdown = (text: string): string => text.replace(/([\\*_`])/g, '\\$1');

/** `*text*` with surrounding spaces kept outside the markers, so the emphasis stays valid Markdown. */
export function emphasize(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : text;
}

export interface Styled {
  text: string;
  italic?: boolean;
  bold?: boolean;
}

/** Joins runs, one emphasis per stretch of equal style: "*Recalling also*", not "*Recalling* *also*". */
export function styledMarkdown(runs: readonly Styled[]): string {
  let out = '';
  let stretch: Styled | null = null;
  const flush = () => {
    if (!stretch) return;
    let text = escapeMarkdown(stretch.text);
    if (stretch.italic) text = emphasize(text, '*');
    if (stretch.bold) text = emphasize(text, '**');
    out += text;
    stretch = null;
  };
  for (const run of runs) {
    if (stretch && !!stretch.italic === !!run.italic && !!stretch.bold === !!run.bold) stretch.text += run.text;
    else {
      flush();
      stretch = { ...run };
    }
  }
  flush();
  return out;
}

/**
 * A paragraph's current text as Markdown: openers and italics `*…*`, bold `**…**`, footnote markers
 * `<sup>n</sup>` (un-format.md §9, last row); deleted tracked text is left out.
 */
export function inlineMarkdown(children: readonly InlineNode[], numbers: ReadonlyMap<string, number>): string {
  let out = '';
  let runs: Styled[] = [];
  for (const child of children) {
    if (Text.isText(child)) {
      if (!child.del) runs.push({ text: child.text, italic: !!(child.opener || child.italic), bold: !!child.bold });
      continue;
    }
    const n = numbers.get(child.footnoteId);
    out += styledMarkdown(runs) + (n === undefined ? '' : `<sup>${n}</sup>`);
    runs = [];
  }
  return out + styledMarkdown(runs);
}
