import { Transforms, type Editor, type Path } from 'slate';
import { readCitation } from '../../citations/parse';
import { runsMarkdown } from '../../citations/markup';
import type { TextRun } from '../../model/citation';
import type { Footnote } from '../../model/types';
import type { TextRange } from '../diagnostic';

/** Replaces a range of a free-text footnote's runs, keeping each run's italics. */
function spliceRuns(runs: readonly TextRun[], range: TextRange, replacement: string): TextRun[] {
  const out: TextRun[] = [];
  let offset = 0;
  let inserted = false;
  for (const run of runs) {
    const from = offset;
    const to = offset + run.text.length;
    offset = to;
    const a = Math.max(range.start, from);
    const b = Math.min(range.end, to);
    const touches = (a < b) || (!inserted && range.start >= from && range.start <= to);
    if (!touches) {
      out.push(run);
      continue;
    }
    const head = run.text.slice(0, Math.max(0, a - from));
    const tail = run.text.slice(Math.max(0, b - from));
    const middle = inserted ? '' : replacement;
    inserted = true;
    out.push({ ...run, text: head + middle + tail });
  }
  if (!inserted) out.push({ text: replacement });
  return out.filter((r) => r.text.length > 0);
}

/**
 * Edits a footnote: a free-text note's runs are edited (and read again, so an Ibid. corrected to a full Treaty Series
 * form becomes a structured citation); `range: null` regenerates. Either way the imported text is dropped: the
 * delegate accepted the derived form.
 */
export function editFootnote(editor: Editor, footnote: Footnote, path: Path, edit: { range: TextRange; replacement: string } | null): void {
  if (edit && footnote.citation.kind === 'text') {
    const runs = spliceRuns(footnote.citation.runs, edit.range, edit.replacement);
    const reading = readCitation(runsMarkdown(runs), null);
    const citation = reading.form === 'full' ? reading.citation : { kind: 'text' as const, runs };
    Transforms.setNodes(editor, { citation }, { at: path });
  }
  if (footnote.importedText !== undefined) Transforms.unsetNodes(editor, 'importedText', { at: path });
}
