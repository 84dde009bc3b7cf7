import { Paragraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { Header } from '../../model/types';
import { enDashRanges, printedDate } from '../dates';
import { headerNote, sponsorsLine, symbolMark, type Segment } from '../front-matter';
import { customMarkReference } from './footnotes';
import { PARAGRAPH_GAP, SIZE, textAreaWidth, type PAGE_SIZES } from './layout';
import type { NotePlan } from './notes';
import { STYLE } from './styles';

/** A `*` mark for the i-th symbol note, as a custom-mark footnote reference. */
export function symbolReference(plan: NotePlan, index: number | undefined): ParagraphChild[] {
  if (index === undefined) return [];
  const note = plan.symbols[index];
  return note ? customMarkReference(note.wordId, symbolMark(index)) : [];
}

const segmentRuns = (segments: readonly Segment[], plan: NotePlan): ParagraphChild[] =>
  segments.flatMap((s) => [new TextRun(s.text), ...symbolReference(plan, s.note)]);

const line = (style: string, text: string, extra: ParagraphChild[] = [], options: { bold?: boolean; before?: number } = {}) =>
  new Paragraph({
    style,
    spacing: options.before ? { before: options.before } : undefined,
    children: [new TextRun({ text, bold: options.bold }), ...extra],
  });

/**
 * The masthead and session block (un-format.md §1.2, §9): "United Nations" with the symbol at the top
 * right, the organ in bold under a rule, the Distr./date/Original block, then subsidiary body, session,
 * place and dates, agenda item and its bold title, the adoption line of adopted texts and the sponsors line.
 * No emblem, job number or barcode: the Secretariat assigns those.
 */
export function mastheadParagraphs(header: Header, plan: NotePlan, pageSize: keyof typeof PAGE_SIZES): Paragraph[] {
  const f = header.fields;
  const out: Paragraph[] = [];
  if (f.symbol) {
    out.push(
      new Paragraph({
        style: STYLE.masthead,
        tabStops: [{ type: TabStopType.RIGHT, position: textAreaWidth(pageSize) }],
        children: [
          new TextRun('United Nations'),
          new TextRun({ children: [new Tab()] }),
          new TextRun({ text: f.symbol, bold: true, size: SIZE.symbol }),
          ...symbolReference(plan, headerNote(header, 'symbol')),
        ],
      }),
    );
  }
  if (f.organ) out.push(line(STYLE.organ, f.organ));
  const block = [f.distribution ? `Distr.: ${f.distribution}` : null, f.date && header.kind !== 'adopted-resolution' ? printedDate(f.date) : null, f.languageLine];
  block.forEach((text, i) => text && out.push(line(STYLE.distribution, text, [], { before: i === 2 ? PARAGRAPH_GAP : 0 })));
  let first = true;
  const session = (text: string | null, extra: ParagraphChild[] = [], bold = false) => {
    if (!text) return;
    out.push(line(STYLE.session, text, extra, { bold, before: first ? 360 : 0 }));
    first = false;
  };
  session(f.subsidiaryBody, [], true);
  session(f.session);
  session(f.placeAndDates ? enDashRanges(f.placeAndDates) : null);
  session(f.agendaItem, symbolReference(plan, headerNote(header, 'agendaItem')));
  session(f.agendaTitle, [], true);
  if (f.adoptionLine) out.push(line(STYLE.title, f.adoptionLine));
  if (f.provenance) out.push(line(STYLE.body, f.provenance));
  const sponsors = sponsorsLine(header);
  if (sponsors.length > 0) out.push(new Paragraph({ style: STYLE.sponsors, children: segmentRuns(sponsors, plan) }));
  return out;
}
