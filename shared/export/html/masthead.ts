import type { Header } from '../../model/types';
import { enDashRanges, printedDate } from '../dates';
import { headerNote, sponsorsLine, symbolMark } from '../front-matter';
import { escapeHtml } from './escape';
import { supMark } from './inline';

const mark = (index: number | undefined) => (index === undefined ? '' : supMark(symbolMark(index), 'symbol'));

const line = (text: string | null, className = '', extra = '') =>
  text ? `<p${className ? ` class="${className}"` : ''}>${escapeHtml(text)}${extra}</p>` : '';

/**
 * The masthead and session block (un-format.md §1.2, §9), with the same lines as the .docx: "United
 * Nations" and the symbol on one line over a rule, the organ in bold beside the Distr./date/Original
 * block, then subsidiary body, session, place and dates, agenda item and its bold title, the adoption line
 * of adopted texts and the sponsors line. No emblem, job number or barcode: the Secretariat assigns those.
 */
export function mastheadHtml(header: Header): string {
  const f = header.fields;
  const out: string[] = [];
  const top: string[] = [];
  if (f.symbol) {
    const symbol = `<span class="symbol">${escapeHtml(f.symbol)}${mark(headerNote(header, 'symbol'))}</span>`;
    top.push(`<div class="un-line"><span>United Nations</span>${symbol}</div>`);
  }
  const date = f.date && header.kind !== 'adopted-resolution' ? printedDate(f.date) : null;
  const block = [line(f.distribution ? `Distr.: ${f.distribution}` : null), line(date), line(f.languageLine, 'language')].join('');
  if (f.organ || block) {
    top.push(`<div class="organ-row"><p class="organ">${escapeHtml(f.organ ?? '')}</p><div class="distribution">${block}</div></div>`);
  }
  if (top.length) out.push(`<header class="masthead">${top.join('')}</header>`);
  const session = [
    line(f.subsidiaryBody, 'bold'),
    line(f.session),
    line(f.placeAndDates ? enDashRanges(f.placeAndDates) : null),
    line(f.agendaItem, '', mark(headerNote(header, 'agendaItem'))),
    line(f.agendaTitle, 'bold'),
  ].join('');
  if (session) out.push(`<section class="session">${session}</section>`);
  out.push(line(f.adoptionLine, 'adoption'), line(f.provenance, 'body'));
  const sponsors = sponsorsLine(header);
  if (sponsors.length) out.push(`<p class="sponsors">${sponsors.map((s) => escapeHtml(s.text) + mark(s.note)).join('')}</p>`);
  return out.join('\n');
}
