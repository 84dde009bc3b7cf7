import { Text } from 'slate';
import type { InlineNode } from '../../model/types';
import { escapeHtml } from './escape';

export interface StyledRun {
  text: string;
  italic?: boolean;
  bold?: boolean;
  strike?: boolean;
}

const wrap = (html: string, run: StyledRun) => {
  let out = html;
  if (run.italic) out = `<i>${out}</i>`;
  if (run.bold) out = `<b>${out}</b>`;
  if (run.strike) out = `<s>${out}</s>`;
  return out;
};

const sameStyle = (a: StyledRun, b: StyledRun) => !!a.italic === !!b.italic && !!a.bold === !!b.bold && !!a.strike === !!b.strike;

/** Runs as HTML, one element per stretch of equal style: "<i>Recalling also</i>", not two. */
export function styledHtml(runs: readonly StyledRun[]): string {
  const stretches: StyledRun[] = [];
  for (const run of runs) {
    const last = stretches[stretches.length - 1];
    if (last && sameStyle(last, run)) last.text += run.text;
    else if (run.text !== '') stretches.push({ ...run });
  }
  return stretches.map((s) => wrap(escapeHtml(s.text), s)).join('');
}

/** A footnote marker or a `*` mark: superscript, as printed. */
export const supMark = (mark: string, kind: 'footnote' | 'symbol'): string => `<sup class="${kind}">${escapeHtml(mark)}</sup>`;

/**
 * A paragraph's current text as HTML: openers and italics <i>, bold <b>, footnote markers as their derived
 * numbers in superscript; deleted tracked text is left out, as a printed copy shows the text as it stands.
 */
export function inlineHtml(children: readonly InlineNode[], numbers: ReadonlyMap<string, number>): string {
  let out = '';
  let runs: StyledRun[] = [];
  for (const child of children) {
    if (Text.isText(child)) {
      if (!child.del) runs.push({ text: child.text, italic: !!(child.opener || child.italic), bold: !!child.bold });
      continue;
    }
    const n = numbers.get(child.footnoteId);
    out += styledHtml(runs) + (n === undefined ? '' : supMark(String(n), 'footnote'));
    runs = [];
  }
  return out + styledHtml(runs);
}
