import { makeFootnoteRef, text } from '../../model/factories';
import type { FootnoteRef, InlineNode, ResolutionText } from '../../model/types';
import { isMark, isRef, type SourceRun, type TextRun } from './source';

/** Turns a footnote key into the marker node, or null when the footnote does not exist (the printed text is kept). */
export type RefResolver = (key: string) => string | null;

const sameMarks = (a: ResolutionText, b: ResolutionText): boolean =>
  a.opener === b.opener && a.italic === b.italic && a.bold === b.bold && a.ins === b.ins && a.del === b.del;

function textNode(run: TextRun, value: string, opener: boolean): ResolutionText {
  const marks: Omit<ResolutionText, 'text'> = {};
  if (opener) marks.opener = true;
  // the opener is italic by meaning; italics the source put on it are not kept as a second mark
  else if (run.italic) marks.italic = true;
  if (run.bold) marks.bold = true;
  if (run.ins) marks.ins = run.ins;
  if (run.del) marks.del = run.del;
  return text(value, marks);
}

/**
 * Runs → Slate inline nodes. The first `openerLength` visible characters carry the opener mark (the
 * structure normalizer would set the same span); footnote refs become inline voids.
 */
export function toInlines(runs: readonly SourceRun[], resolve: RefResolver, openerLength = 0): InlineNode[] {
  const out: InlineNode[] = [];
  let left = openerLength;
  const pushText = (node: ResolutionText) => {
    if (node.text === '') return;
    const last = out[out.length - 1];
    if (last && 'text' in last && sameMarks(last, node)) last.text += node.text;
    else out.push(node);
  };
  for (const run of runs) {
    if (isRef(run)) {
      const id = resolve(run.ref);
      if (id) out.push(makeFootnoteRef(id) as FootnoteRef);
      else pushText(text(run.printed));
      continue;
    }
    if (isMark(run)) {
      pushText(text('*'.repeat(run.mark)));
      continue;
    }
    if (run.del || left <= 0) {
      pushText(textNode(run, run.text, false));
      continue;
    }
    const head = run.text.slice(0, left);
    pushText(textNode(run, head, true));
    left -= head.length;
    if (run.text.length > head.length) pushText(textNode(run, run.text.slice(head.length), false));
  }
  return out.length > 0 ? out : [text('')];
}
