import type { FootnoteSource, SourceRun, TextRun } from '../structure/source';
import type { XmlElement, XmlNode } from '../xml/parse';
import { attr, collapse, textOf } from '../xml/query';

/**
 * AKN inline content → runs. Italic/bold spans become marks; an `authorialNote` becomes a footnote marker
 * exactly where it stands, its text a footnote definition. Whitespace is collapsed as a browser would,
 * but never across a marker, so a marker keeps its character position.
 */
export class AknNotes {
  private count = 0;

  constructor(private readonly define: (def: FootnoteSource) => void) {}

  add(note: XmlElement): { key: string; printed: string } {
    this.count += 1;
    const key = attr(note, 'eId') ?? `note-${this.count}`;
    const printed = attr(note, 'marker') ?? String(this.count);
    this.define({ key, markdown: noteMarkdown(note), where: `note ${printed}` });
    return { key, printed };
  }
}

const classOf = (el: XmlElement) => (attr(el, 'class') ?? '').split(/\s+/);

/** A note's text with its italics as `*…*` (the form the citation reader takes). */
function noteMarkdown(note: XmlElement): string {
  const parts: string[] = [];
  const walk = (node: XmlNode) => {
    if (typeof node === 'string') {
      parts.push(node.replace(/\*/g, '\\*'));
      return;
    }
    if (classOf(node).includes('italic') || node.local === 'i') {
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(textOf(node))!;
      if (m[2]) parts.push(`${m[1]}*${m[2].replace(/\*/g, '')}*${m[3]}`);
      return;
    }
    for (const child of node.children) walk(child);
  };
  for (const child of note.children) walk(child);
  return collapse(parts.join(''));
}

export function inlineRuns(el: XmlElement, notes: AknNotes): SourceRun[] {
  const runs: SourceRun[] = [];
  const walk = (node: XmlNode, italic: boolean, bold: boolean) => {
    if (typeof node === 'string') {
      runs.push({ text: node, ...(italic ? { italic: true as const } : {}), ...(bold ? { bold: true as const } : {}) });
      return;
    }
    if (node.local === 'authorialNote') {
      const { key, printed } = notes.add(node);
      runs.push({ ref: key, printed });
      return;
    }
    if (node.local === 'eol' || node.local === 'br') {
      runs.push({ text: ' ' });
      return;
    }
    if (node.local === 'img') return;
    const classes = classOf(node);
    for (const c of node.children) walk(c, italic || classes.includes('italic'), bold || classes.includes('bold'));
  };
  walk(el, false, false);
  return collapseRuns(runs);
}

/** Collapses whitespace across adjacent text runs (not across markers) and trims the ends. */
export function collapseRuns(runs: readonly SourceRun[]): SourceRun[] {
  const out: SourceRun[] = [];
  let previousEndsSpace = true;
  for (const run of runs) {
    if (!('text' in run)) {
      out.push(run);
      previousEndsSpace = false;
      continue;
    }
    let text = run.text.replace(/[ \t\r\n]+/g, ' ');
    if (previousEndsSpace && text.startsWith(' ')) text = text.slice(1);
    if (text === '') continue;
    previousEndsSpace = text.endsWith(' ');
    const last = out[out.length - 1];
    if (last && 'text' in last && (last as TextRun).italic === (run as TextRun).italic && (last as TextRun).bold === (run as TextRun).bold) {
      (last as TextRun).text += text;
    } else out.push({ ...run, text });
  }
  // the paragraph's own edges
  const first = out[0];
  if (first && 'text' in first) first.text = first.text.replace(/^ /, '');
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const run = out[i]!;
    if (!('text' in run)) break;
    run.text = run.text.replace(/ $/, '');
    if (run.text !== '') break;
    out.splice(i, 1);
  }
  return out.filter((r) => !('text' in r) || r.text !== '');
}
