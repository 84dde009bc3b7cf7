import { runsMarkdown } from '../../citations/markup';
import { ImportRefusal } from '../errors';
import { finalize } from '../finalize';
import type { IdAllocator } from '../ids';
import type { ImportResult } from '../index';
import { ReportBuilder } from '../report';
import { buildDocument } from '../structure/build';
import { trimRuns } from '../structure/runs';
import type { FootnoteSource, SourceParagraph, TextRun } from '../structure/source';
import { parseXml, type XmlElement } from '../xml/parse';
import { attr, child, descendants, elements } from '../xml/query';
import { readNumbering, type NumberingLookup } from './numbering';
import { paragraphMark, paragraphRuns, RevisionTable } from './runs';
import { readDocxParts } from './unzip';

/** Body paragraphs in order; a paragraph inside another's text box is not a body paragraph. */
function bodyParagraphs(body: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    for (const node of elements(el)) {
      if (node.local === 'p') out.push(node);
      else if (node.local === 'tbl' || node.local === 'tr' || node.local === 'tc' || node.local === 'sdt' || node.local === 'sdtContent' || node.local === 'customXml') visit(node);
    }
  };
  visit(body);
  return out;
}

/** UN Word styles (HCh chapter, H1/H23/H4 headings) and Word's own Heading n / Title mark a heading. */
function headingStyle(p: XmlElement): number | undefined {
  const style = attr(child(child(p, 'pPr') ?? { name: '', local: '', attrs: {}, children: [] }, 'pStyle'), 'w:val') ?? '';
  if (/^(HCh|Heading1|Title)$/i.test(style)) return 1;
  if (/^(H1|H23|H4|Heading[2-6])$/i.test(style)) return 2;
  return undefined;
}

function listKind(p: XmlElement, numbering: NumberingLookup): SourceParagraph['numbering'] {
  const numPr = child(child(p, 'pPr') ?? p, 'numPr');
  if (!numPr || !child(p, 'pPr')) return undefined;
  const numId = attr(child(numPr, 'numId'), 'w:val') ?? '0';
  const ilvl = Number(attr(child(numPr, 'ilvl'), 'w:val') ?? '0');
  return numbering(numId, Number.isFinite(ilvl) ? ilvl : 0) ?? undefined;
}

/** Word footnotes (not the separators) → definitions with markdown italics; deleted text left out. */
function readFootnotes(xml: string | null, revisions: RevisionTable, report: ReportBuilder): FootnoteSource[] {
  if (!xml) return [];
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    report.warn(`word/footnotes.xml is damaged (${parsed.error}); footnote texts are missing`);
    return [];
  }
  return descendants(parsed.root, 'footnote')
    .filter((fn) => !attr(fn, 'w:type') || attr(fn, 'w:type') === 'normal')
    .map((fn) => {
      const runs = descendants(fn, 'p').flatMap((p, i) => [...(i > 0 ? [{ text: ' ' }] : []), ...paragraphRuns(p, revisions)]);
      const visible = trimRuns(runs.filter((r): r is TextRun => 'text' in r && !r.del)) as TextRun[];
      const markdown = runsMarkdown(visible.map((r) => (r.italic ? { text: r.text, italic: true as const } : { text: r.text })));
      return { key: attr(fn, 'w:id') ?? '', markdown: markdown.trim(), where: `Word footnote ${attr(fn, 'w:id')}` };
    });
}

/** Word numbers footnotes in order of reference: a typed superscript "3" points at the third footnote. */
function numberTypedMarkers(paragraphs: SourceParagraph[]): void {
  const order: string[] = [];
  for (const p of paragraphs) for (const run of p.runs) if ('ref' in run && !run.ref.startsWith('#') && !order.includes(run.ref)) order.push(run.ref);
  for (const p of paragraphs) {
    p.runs = p.runs.map((run) => {
      if (!('ref' in run) || !run.ref.startsWith('#')) return run;
      const key = order[Number(run.ref.slice(1)) - 1];
      return key ? { ref: key, printed: run.printed } : { text: run.printed };
    });
  }
}

/** A Word .docx → the Penholder document; tracked changes are kept as tracked changes. */
export function importDocx(name: string, bytes: Uint8Array, ids: IdAllocator): ImportResult {
  const report = new ReportBuilder('docx');
  const parts = readDocxParts(bytes);
  const parsed = parseXml(parts.document);
  if (!parsed.ok) throw new ImportRefusal(`word/document.xml: ${parsed.error}`);
  const body = descendants(parsed.root, 'body')[0];
  if (!body) throw new ImportRefusal('word/document.xml has no body');
  const revisions = new RevisionTable();
  const numbering = readNumbering(parts.numbering);
  const paragraphs: SourceParagraph[] = bodyParagraphs(body).map((p, i) => {
    const paragraph: SourceParagraph = { runs: paragraphRuns(p, revisions), where: `paragraph ${i + 1}`, ...paragraphMark(p, revisions) };
    const kind = listKind(p, numbering);
    if (kind !== undefined) paragraph.numbering = kind;
    const heading = headingStyle(p);
    if (heading !== undefined) paragraph.heading = heading;
    return paragraph;
  });
  numberTypedMarkers(paragraphs);
  const all = readFootnotes(parts.footnotes, revisions, report);
  if (revisions.size > 0) report.found(`${revisions.size} tracked changes kept as tracked changes`);
  // footnotes with a custom "*" mark are the symbol series, apart from the numbered footnotes
  const footnotes = all.filter((fn) => !revisions.customMarks.has(fn.key));
  const symbolNotes = all
    .filter((fn) => revisions.customMarks.has(fn.key))
    .map((fn) => ({ stars: revisions.customMarks.get(fn.key)!, text: fn.markdown.replace(/\\?\*/g, (m) => (m === '*' ? '' : '*')) }));
  const built = buildDocument({ paragraphs, footnotes, symbolNotes }, { mode: 'document', ids, report, fileName: name });
  return finalize(built, report);
}
