import { isMark, isRef, isText, type SourceRun, type TextRun } from './source';

/** Helpers over runs: the text a reader sees (deleted tracked text left out), trimming and cutting. */

/** Marks show as U+E010 so header patterns can see where a `*` stood. */
export const MARK_CHAR = '\uE010';

export function visibleText(runs: readonly SourceRun[], withMarks = false): string {
  let out = '';
  for (const run of runs) {
    if (isText(run) && !run.del) out += run.text;
    else if (withMarks && isMark(run)) out += MARK_CHAR.repeat(run.mark);
  }
  return out;
}

const visible = (run: SourceRun): run is TextRun => isText(run) && !run.del;

/** Removes the first `count` visible characters (a typed "12. " or "(a) " label). */
export function dropLeading(runs: readonly SourceRun[], count: number): SourceRun[] {
  let left = count;
  const out: SourceRun[] = [];
  for (const run of runs) {
    if (left > 0 && visible(run)) {
      if (run.text.length <= left) {
        left -= run.text.length;
        continue;
      }
      out.push({ ...run, text: run.text.slice(left) });
      left = 0;
      continue;
    }
    if (left > 0 && isMark(run)) continue;
    out.push(run);
  }
  return out;
}

/** Trims whitespace at both ends of the visible text and drops empty text runs. */
export function trimRuns(runs: readonly SourceRun[]): SourceRun[] {
  const out = runs.map((r) => (isText(r) ? { ...r } : r));
  const first = out.findIndex(visible);
  if (first !== -1) (out[first] as TextRun).text = (out[first] as TextRun).text.replace(/^\s+/, '');
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const run = out[i]!;
    if (!visible(run)) continue;
    run.text = run.text.replace(/\s+$/, '');
    if (run.text !== '') break;
  }
  return out.filter((r) => !isText(r) || r.text !== '' || false);
}

/** Drops markdown-style emphasis from runs that only wrap a whole structural line ("*The Economic and Social Council,*"). */
export const plainRuns = (runs: readonly SourceRun[]): SourceRun[] =>
  runs.map((r) => (isText(r) ? { text: r.text, ...(r.ins ? { ins: r.ins } : {}), ...(r.del ? { del: r.del } : {}) } : r));

export const hasRefs = (runs: readonly SourceRun[]): boolean => runs.some(isRef);

/** Runs → plain text with footnote refs as their printed form (for notes and warnings). */
export const printedText = (runs: readonly SourceRun[]): string =>
  runs.map((r) => (isText(r) ? (r.del ? '' : r.text) : isRef(r) ? r.printed : '')).join('');
