import type { Header } from '../../model/types';
import { enDashRanges, printedDate } from '../dates';
import { headerNote, sponsorsLine, symbolMark } from '../front-matter';
import { authorialNote, type NoteSource } from './inline';
import { el, escapeXml, textEl } from './xml';

/** The `*` note anchored at a header element, as an authorial note. */
export const symbolNoteXml = (header: Header, index: number | undefined, notes: NoteSource): string => {
  const note = index === undefined ? undefined : header.symbolNotes[index];
  return note ? authorialNote(symbolMark(index!), escapeXml(note.text), notes.nextNoteId()) : '';
};

/** The masthead and session block in AKN4UN's cover page form (upperRight symbol, rightSmall block …). */
export function coverPageXml(header: Header, notes: NoteSource): string {
  const f = header.fields;
  const p = (attrs: Record<string, string>, ...children: string[]) => el('p', attrs, ...children);
  const lines: string[] = [p({}, el('span', { class: 'upperLeft' }, textEl('docAuthority', { refersTo: '#publisher' }, 'United Nations')))];
  if (f.symbol) lines.push(p({ class: 'upperRight' }, textEl('docNumber', { refersTo: '#symbol' }, f.symbol), symbolNoteXml(header, headerNote(header, 'symbol'), notes)));
  if (f.organ) lines.push(p({ class: 'upperLeft' }, textEl('docAuthority', { refersTo: '#issuingBody', class: 'rightBig' }, f.organ)));
  if (f.distribution) lines.push(p({}, textEl('docStatus', { refersTo: '#distribution', class: 'rightSmall' }, `Distr.: ${f.distribution}`)));
  if (f.date && header.kind !== 'adopted-resolution') lines.push(p({}, textEl('docDate', { date: f.date, class: 'rightSmall', refersTo: '#dateOfIssuance' }, printedDate(f.date))));
  if (f.languageLine) lines.push(p({}, textEl('inline', { name: 'originalLanguage', class: 'rightSmall' }, f.languageLine)));
  if (f.subsidiaryBody) lines.push(p({}, textEl('docAuthority', { refersTo: '#subsidiaryBody' }, f.subsidiaryBody)));
  if (f.session) lines.push(p({}, textEl('session', { refersTo: '#session', value: f.session }, f.session)));
  if (f.placeAndDates) lines.push(p({}, textEl('inline', { name: 'placeAndDates' }, enDashRanges(f.placeAndDates))));
  if (f.agendaItem) lines.push(p({}, textEl('inline', { name: 'agenda item' }, f.agendaItem), symbolNoteXml(header, headerNote(header, 'agendaItem'), notes)));
  if (f.agendaTitle) lines.push(p({}, textEl('inline', { name: 'agenda item name' }, f.agendaTitle)));
  if (f.adoptionLine) lines.push(p({}, textEl('docTitle', {}, f.adoptionLine)));
  if (f.provenance) lines.push(p({}, textEl('docProponent', { refersTo: '#provenance' }, f.provenance)));
  const sponsors = sponsorsLine(header);
  if (sponsors.length > 0) {
    const xml = sponsors.map((s) => escapeXml(s.text) + symbolNoteXml(header, s.note, notes)).join('');
    lines.push(p({ class: 'sponsors' }, el('docProponent', { refersTo: '#sponsors' }, xml)));
  }
  return el('coverPage', { eId: 'coverPage_1' }, ...lines);
}
