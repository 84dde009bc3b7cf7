import type { TextRun } from './citation';

/**
 * Imported footnote text carries its italics as markup: markdown `*…*` from text conversions, `<i>`/`<em>`
 * from HTML-ish ones. Italics mean something in a citation (a title, *Treaty Series*), so they become runs.
 */
const ITALIC = /<(i|em)>([\s\S]*?)<\/\1>|\*(?=\S)([^*]+?)(?<=\S)\*/gi;
const ESCAPED_STAR = '\u0000';

/** Merges neighbours with the same italics and drops empty runs. */
export function mergeRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const last = out[out.length - 1];
    if (last && Boolean(last.italic) === Boolean(run.italic)) last.text += run.text;
    else out.push(run.italic ? { text: run.text, italic: true } : { text: run.text });
  }
  return out;
}

const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, '’')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

/** Text with markdown or HTML italics → runs; bold markers and other tags are dropped, whitespace collapsed. */
export function markupRuns(source: string): TextRun[] {
  const text = source
    .replace(/\\\*/g, ESCAPED_STAR)
    .replace(/\*\*/g, '')
    .replace(/<\/?(?:b|strong|span|sup|sub)\b[^>]*>/gi, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(ITALIC)) {
    runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: match[2] ?? match[3] ?? '', italic: true });
    at = match.index + match[0].length;
  }
  runs.push({ text: text.slice(at) });
  return mergeRuns(runs.map((r) => ({ ...r, text: decodeEntities(r.text.split(ESCAPED_STAR).join('*')) })));
}

export const runsText = (runs: readonly { text: string }[]): string => runs.map((r) => r.text).join('');

/** Runs → markdown with `*…*` italics (the spec's notation, the markdown exporter's output). */
export const runsMarkdown = (runs: readonly { text: string; italic?: true | undefined }[]): string =>
  mergeRuns(runs).map((r) => (r.italic ? `*${r.text}*` : r.text.replace(/\*/g, '\\*'))).join('');
