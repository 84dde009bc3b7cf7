import { makeClosing } from '../../model/factories';
import { detectOpener } from '../../model/openers';
import type { Annex, BodyBlock, Closing, DocumentKind, Footnote, InlineNode, SymbolNote } from '../../model/types';
import { annexes } from './annex';
import type { HeaderInit } from '../../model/factories';
import type { IdAllocator } from '../ids';
import type { ReportBuilder } from '../report';
import { clauses, container, isFormula, type BodyContext, type Para } from './body';
import { FootnoteRegistry } from './footnotes';
import { parseHeader, type HeaderPiece, type HeaderResult, type SymbolMark } from './header';
import { CLOSING, HEADER } from './header-patterns';
import { toInlines } from './inlines';
import { bodyLike } from './body-like';
import { reportBody } from './report-body';
import { visibleText } from './runs';
import { symbolFromName } from '../symbol-from-name';
import type { SourceDocument, SymbolNoteSource } from './source';

/** What the structure builder makes of a source document; finalize.ts turns it into the Slate value. */
export interface BuiltDocument {
  header: HeaderInit;
  recommendation: InlineNode[] | null;
  title: InlineNode[] | null;
  body: BodyBlock[];
  closing: Closing | null;
  annexes: Annex[];
  footnotes: Footnote[];
  footnoteRepeat: 'none' | 'new-footnote';
  ibidStyle: 'italic' | 'roman' | null;
  notes: string[];
}

export interface BuildOptions {
  /** a pasted fragment has no masthead unless it brings an adopting-body line */
  mode: 'document' | 'paste';
  ids: IdAllocator;
  report: ReportBuilder;
  /** the file name, a last resort for the symbol */
  fileName?: string;
}

const collapse = (text: string) => text.replace(/[ \t\r\n\f\v]+/g, ' ').trim();

function headerEnd(paras: readonly Para[]): number {
  for (let i = 0; i < paras.length; i += 1) {
    const text = paras[i]!.text;
    if (bodyLike(text)) return i;
    if (HEADER.reportMarker.test(text)) return i + 1;
  }
  return paras.length;
}

export function buildDocument(source: SourceDocument, options: BuildOptions): BuiltDocument {
  const { report, ids } = options;
  const footnotes = new FootnoteRegistry(source.footnotes, ids, report);
  const ctx: BodyContext = { ids, report, footnotes };
  const paras: Para[] = source.paragraphs
    .map((p) => ({ p, text: collapse(visibleText(p.runs, true)) }))
    .filter((para) => para.text !== '' || para.p.runs.some((r) => 'ref' in r));
  const formulaAt = paras.findIndex((para) => isFormula(para.text));
  let head: Para[] = [];
  let rest: Para[] = paras;
  let shape: 'resolution' | 'report' | 'loose' = 'loose';
  if (formulaAt !== -1) {
    shape = 'resolution';
    head = paras.slice(0, formulaAt);
    rest = paras.slice(formulaAt);
  } else if (options.mode === 'document') {
    const end = headerEnd(paras);
    head = paras.slice(0, end);
    rest = paras.slice(end);
  }
  const header = parseHeader(head.map(piece), shape === 'resolution' ? 'resolution' : 'report');
  if (shape === 'loose' && options.mode === 'document' && (header.reportHeading || !openerLed(rest))) shape = 'report';
  for (const line of header.recognized) report.found(line);
  for (const line of header.warnings) report.warn(line);
  const recommendation = header.recommendation ? toInlines(header.recommendation, (k) => footnotes.resolve(k, { region: 'other', label: 'recommendation' })) : null;
  const title = header.title ? toInlines(header.title, (k) => footnotes.resolve(k, { region: 'other', label: 'title' })) : null;
  const closingAt = rest.findIndex((para) => CLOSING.test(para.text.replace(/\*/g, '')));
  let closing: Closing | null = null;
  let after: Para[] = [];
  if (closingAt !== -1) {
    const m = CLOSING.exec(rest[closingAt]!.text.replace(/\*/g, ''))!;
    closing = makeClosing(m[1]!, m[2]!);
    after = rest.slice(closingAt + 1);
    rest = rest.slice(0, closingAt);
  }
  const body =
    shape === 'resolution'
      ? container(rest, ctx)
      : shape === 'report'
        ? reportBody(rest, ctx, header.reportHeading)
        : clauses(rest, ctx, 'plain');
  const annexBlocks = annexes(after, ctx);
  if (annexBlocks.length) report.found(`${annexBlocks.length} annex${annexBlocks.length > 1 ? 'es' : ''} after the closing line`);
  const built = footnotes.build();
  if (!header.fields.symbol && options.fileName && options.mode === 'document') {
    const symbol = symbolFromName(options.fileName);
    if (symbol) {
      header.fields.symbol = symbol;
      report.warn(`symbol ${symbol} taken from the file name (the document prints none)`);
    }
  }
  const kind: DocumentKind =
    shape === 'report' ? 'report' : closing || header.fields.adoptionLine || header.fields.symbol?.includes('/RES/') ? 'adopted-resolution' : 'draft-resolution';
  const symbolNotes = attachSymbolNotes(header, source.symbolNotes, report);
  if (header.leftovers.length) report.warn(`${header.leftovers.length} header lines not recognized; kept in the document notes`);
  return {
    header: { kind, fields: header.fields, sponsors: header.sponsors, sponsorLabel: header.sponsorLabel, symbolNotes },
    recommendation,
    title,
    body,
    closing,
    annexes: annexBlocks,
    footnotes: built.footnotes,
    footnoteRepeat: built.repeat,
    ibidStyle: built.ibidItalic === null ? null : built.ibidItalic ? 'italic' : 'roman',
    notes: header.leftovers.map((line) => `header line not recognized: ${line}`),
  };
}

const piece = (para: Para): HeaderPiece => ({ text: para.text, runs: para.p.runs, where: para.p.where });

/** Most paragraphs open like clauses: a resolution fragment without its formula, not a report. */
function openerLed(paras: readonly Para[]): boolean {
  const led = paras.filter(
    (p) => detectOpener(p.text, 'preambular')?.known || detectOpener(p.text, 'operative')?.known,
  ).length;
  return led >= 1 && led >= paras.length * 0.5;
}

/** The `*` notes go to the header element that carries the same number of stars (un-format.md §1.3). */
function attachSymbolNotes(header: HeaderResult, notes: readonly SymbolNoteSource[], report: ReportBuilder): SymbolNote[] {
  const used = new Set<SymbolMark>();
  const out: SymbolNote[] = [];
  for (const note of [...notes].sort((a, b) => a.stars - b.stars)) {
    const mark = header.marks.find((m) => m.stars === note.stars && !used.has(m));
    if (mark) used.add(mark);
    else report.warn(`symbol note ${'*'.repeat(note.stars)} has no mark in the header; attached to the symbol`);
    const anchor = mark?.anchor ?? 'symbol';
    if (mark?.anchor === 'sponsor' && mark.target) {
      const sponsor = header.sponsors.find((s) => s.name === mark.target);
      if (sponsor && /^on behalf of/i.test(note.text)) sponsor.onBehalfOf = note.text;
    }
    out.push(mark?.target ? { anchor, target: mark.target, text: note.text } : { anchor, text: note.text });
  }
  for (const mark of header.marks) if (!used.has(mark)) report.warn(`symbol mark ${'*'.repeat(mark.stars)} on the ${mark.anchor} has no note text`);
  return out;
}
