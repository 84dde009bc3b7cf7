import type { Header, Sponsor, SymbolNote } from './types';

/**
 * The sponsors line and its `*` notes (un-format.md §1.3, §8.3), derived from the header: "Colombia* and
 * Philippines: revised draft resolution", names in the order entered, no serial comma.
 */

/** "A", "A and B", "A, B and C": the UN list, without the serial comma. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const REGIONAL_GROUP = /^(the )?Group of (African|Asia-Pacific|Eastern European|Latin American and Caribbean|Western European and other) States$/i;

/** The note for a sponsor acting for a group: regional groups in the long form [004], others plainly. */
export function onBehalfNote(group: string): string {
  const name = group.trim().replace(/\.$/, '');
  if (/^on behalf of /i.test(name)) return `On behalf of ${name.slice('on behalf of '.length)}.`;
  const regional = name.match(REGIONAL_GROUP);
  if (regional) return `On behalf of the States Members of the United Nations that are members of the Group of ${regional[2]} States.`;
  return `On behalf of ${/^the /i.test(name) ? name : `the ${name}`}.`;
}

/** The group a sponsor speaks for, as the inline form prints it: "(on behalf of the Group of 77 and China)". */
const inlineOnBehalf = (group: string) => `(${onBehalfNote(group).replace(/^On/, 'on').replace(/\.$/, '')})`;

export interface AsOf {
  /** ISO date: additional sponsors who joined by then are listed, those who withdrew by then are not */
  date?: string;
}

/** The sponsors listed on the document as of a date: main sponsors and sponsors, plus those who joined by then. */
export function listedSponsors(sponsors: readonly Sponsor[], asOf: AsOf = {}): Sponsor[] {
  return sponsors.filter((s) => {
    if (s.withdrawn && (!asOf.date || s.withdrawn <= asOf.date)) return false;
    if (s.role !== 'additional') return true;
    return asOf.date !== undefined && s.joined !== undefined && s.joined <= asOf.date;
  });
}

/** Sponsors who joined after issuance, in the order they joined (the "now joined by …" list). */
export const additionalSponsors = (sponsors: readonly Sponsor[]): Sponsor[] =>
  sponsors.filter((s) => s.role === 'additional' && !s.withdrawn).sort((a, b) => (a.joined ?? '').localeCompare(b.joined ?? ''));

export interface SymbolFootnote extends SymbolNote {
  /** "*", "**", "***" */
  symbol: string;
}

export interface SponsorsLineOptions extends AsOf {
  /** 'footnote' (default): "Colombia*" with a note; 'inline': "Pakistan (on behalf of the Group of 77 and China)" */
  onBehalf?: 'footnote' | 'inline';
}

const ORDER: SymbolNote['anchor'][] = ['symbol', 'agendaItem', 'sponsor', 'sponsorLabel', 'title'];

/**
 * The header's `*` series in page order (symbol, agenda item, sponsors in line order, label, title): the
 * notes stored in the header plus an "On behalf of …" note for each listed sponsor acting for a group.
 */
export function symbolSeries(header: Pick<Header, 'sponsors' | 'symbolNotes'>, options: SponsorsLineOptions = {}): SymbolFootnote[] {
  const listed = listedSponsors(header.sponsors, options);
  const notes: SymbolNote[] = [];
  for (const anchor of ORDER) {
    if (anchor !== 'sponsor') {
      notes.push(...header.symbolNotes.filter((n) => n.anchor === anchor));
      continue;
    }
    for (const s of listed) {
      const stored = header.symbolNotes.filter((n) => n.anchor === 'sponsor' && n.target === s.name);
      if (stored.length) notes.push(...stored);
      else if (s.onBehalfOf && options.onBehalf !== 'inline') notes.push({ anchor: 'sponsor', target: s.name, text: onBehalfNote(s.onBehalfOf) });
    }
  }
  return notes.map((n, i) => ({ ...n, symbol: '*'.repeat(i + 1) }));
}

export interface SponsorsLine {
  /** "Colombia* and Philippines: revised draft resolution" */
  text: string;
  /** the same as runs; `mark` runs are the `*` symbols (superscript in print) */
  runs: { text: string; mark?: true }[];
  /** the notes of the symbols used on this line */
  notes: SymbolFootnote[];
}

/** The sponsors line as printed; with no listed sponsor, the label alone ("Draft resolution"). */
export function sponsorsLine(header: Pick<Header, 'sponsors' | 'sponsorLabel' | 'symbolNotes'>, options: SponsorsLineOptions = {}): SponsorsLine {
  const series = symbolSeries(header, options);
  const listed = listedSponsors(header.sponsors, options);
  const runs: SponsorsLine['runs'] = [];
  const used: SymbolFootnote[] = [];
  const mark = (notes: SymbolFootnote[]) => {
    for (const n of notes) {
      runs.push({ text: n.symbol, mark: true });
      used.push(n);
    }
  };
  listed.forEach((s, i) => {
    const separator = i === 0 ? '' : i === listed.length - 1 ? ' and ' : ', ';
    const inline = s.onBehalfOf && options.onBehalf === 'inline' ? ` ${inlineOnBehalf(s.onBehalfOf)}` : '';
    runs.push({ text: `${separator}${s.name}${inline}` });
    mark(series.filter((n) => n.anchor === 'sponsor' && n.target === s.name));
  });
  const label = header.sponsorLabel ?? 'draft resolution';
  runs.push({ text: listed.length ? `: ${label}` : label.charAt(0).toUpperCase() + label.slice(1) });
  mark(series.filter((n) => n.anchor === 'sponsorLabel'));
  const merged = runs.reduce<SponsorsLine['runs']>((out, r) => {
    const last = out[out.length - 1];
    if (last && !last.mark && !r.mark) last.text += r.text;
    else out.push({ ...r });
    return out;
  }, []);
  return { text: merged.map((r) => r.text).join(''), runs: merged, notes: used };
}
