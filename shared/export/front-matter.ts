import type { Header, SymbolNote, SymbolNoteAnchor } from '../model/types';

/** A piece of a header line, followed by the `*` mark of a symbol note when one is anchored there. */
export interface Segment {
  text: string;
  /** index into header.symbolNotes */
  note?: number;
}

/** The `*` mark of the i-th symbol note. */
export const symbolMark = (index: number): string => '*'.repeat(index + 1);

const noteAt = (notes: readonly SymbolNote[], anchor: SymbolNoteAnchor, target?: string): number | undefined => {
  const i = notes.findIndex((n) => n.anchor === anchor && (target === undefined || n.target === undefined || n.target === target));
  return i === -1 ? undefined : i;
};

const segment = (text: string, note: number | undefined): Segment => (note === undefined ? { text } : { text, note });

const withoutOnBehalf = (text: string) => text.replace(/^on behalf of\s+/i, '').replace(/\.$/, '');

/**
 * "Colombia* and Philippines: revised draft resolution" as segments (un-format.md §1.3): entered order,
 * ", " and a final " and " without serial comma, additional and withdrawn sponsors left out.
 */
export function sponsorsLine(header: Header): Segment[] {
  const listed = header.sponsors.filter((s) => s.role !== 'additional' && !s.withdrawn);
  if (listed.length === 0) return [];
  const notes = header.symbolNotes;
  const out: Segment[] = [];
  listed.forEach((sponsor, i) => {
    if (i > 0) out.push({ text: i === listed.length - 1 ? ' and ' : ', ' });
    const note = notes.findIndex((n) => n.anchor === 'sponsor' && n.target === sponsor.name);
    const behalf = note === -1 && sponsor.onBehalfOf ? ` (on behalf of ${withoutOnBehalf(sponsor.onBehalfOf)})` : '';
    out.push(segment(sponsor.name + behalf, note === -1 ? undefined : note));
  });
  const label = header.sponsorLabel ?? (header.kind === 'draft-resolution' ? 'draft resolution' : null);
  if (label) {
    out.push({ text: ': ' });
    out.push(segment(label, noteAt(notes, 'sponsorLabel')));
  }
  return out;
}

/** The symbol note anchored at a header element other than the sponsors line. */
export const headerNote = (header: Header, anchor: 'symbol' | 'agendaItem' | 'title'): number | undefined =>
  noteAt(header.symbolNotes, anchor);

export const segmentsText = (segments: readonly Segment[]): string => segments.map((s) => s.text).join('');
