import { isoDate } from '../dates';
import { makeSponsors } from '../sponsors';
import type { Header, HeaderFields, Sponsor, SymbolNoteAnchor } from '../../model/types';
import { HEADER, RUN_ON } from './header-patterns';
import { dropLeading, MARK_CHAR, plainRuns, trimRuns } from './runs';
import type { SourceRun } from './source';

/** One masthead line or glued run of one, with its visible text (marks shown as MARK_CHAR). */
export interface HeaderPiece {
  text: string;
  runs: SourceRun[];
  where: string;
}

export interface SymbolMark {
  anchor: SymbolNoteAnchor;
  target?: string;
  stars: number;
}

export interface HeaderResult {
  fields: Partial<HeaderFields>;
  sponsors: Sponsor[];
  sponsorLabel: Header['sponsorLabel'];
  marks: SymbolMark[];
  recommendation: SourceRun[] | null;
  title: SourceRun[] | null;
  /** "Report of the Executive Director": the report's own heading */
  reportHeading: string | null;
  /** header lines nobody recognized, kept as notes so nothing is lost */
  leftovers: string[];
  /** what was recognized, for the report */
  recognized: string[];
  warnings: string[];
}

const trailingMarks = (text: string): { text: string; stars: number } => {
  const m = new RegExp(`${MARK_CHAR}+$`).exec(text);
  return m ? { text: text.slice(0, m.index).trim(), stars: m[0].length } : { text, stars: 0 };
};

const noMarks = (text: string) => text.split(MARK_CHAR).join('').trim();

type Kind = 'field' | 'candidate' | 'agendaItem' | 'sponsors' | 'chapeau' | 'report';

/** Reads the header pieces that stand before the adopting-body line (or before a report's body). */
export function parseHeader(pieces: readonly HeaderPiece[], mode: 'resolution' | 'report'): HeaderResult {
  const out: HeaderResult = {
    fields: {},
    sponsors: [],
    sponsorLabel: null,
    marks: [],
    recommendation: null,
    title: null,
    reportHeading: null,
    leftovers: [],
    recognized: [],
    warnings: [],
  };
  const kinds: Kind[] = [];
  let truncatedAgendaTitle: string | null = null;
  const set = <K extends keyof HeaderFields>(key: K, value: HeaderFields[K]) => {
    if (out.fields[key] == null) out.fields[key] = value;
  };
  const mark = (stars: number, anchor: SymbolNoteAnchor, target?: string) => {
    if (stars > 0) out.marks.push(target ? { anchor, target, stars } : { anchor, stars });
  };

  for (const piece of pieces) {
    const { text, stars } = trailingMarks(piece.text);
    let m: RegExpExecArray | null;
    let kind: Kind = 'field';
    let marked = false;
    if ((m = HEADER.symbol.exec(piece.text))) {
      set('symbol', m[1]!);
      mark(m[2]!.length, 'symbol');
      marked = true;
    } else if (HEADER.unitedNations.test(text)) {
      // the masthead's "United Nations" carries no field
    } else if ((m = HEADER.organ.exec(text))) set('organ', m[1]!);
    else if ((m = HEADER.distribution.exec(text))) {
      set('distribution', m[1] as HeaderFields['distribution']);
      if (m[2]) set('date', isoDate(m[2]));
    } else if ((m = HEADER.date.exec(text))) set('date', isoDate(m[1]!));
    else if (HEADER.language.test(text)) set('languageLine', text);
    else if (HEADER.session.test(text)) set('session', text);
    else if (HEADER.place.test(text)) set('placeAndDates', text);
    else if ((m = HEADER.agendaItem.exec(piece.text))) {
      set('agendaItem', m[1]!);
      mark(m[2]!.length, 'agendaItem');
      kind = 'agendaItem';
      marked = true;
    } else if ((m = HEADER.adoption.exec(text))) {
      set('adoptionLine', text);
      set('organ', m[1]!);
      set('date', isoDate(m[2]!));
    } else if (HEADER.provenance.test(text)) set('provenance', text);
    else if ((m = HEADER.sponsors.exec(piece.text))) {
      readSponsors(m[1]!, out);
      const label = m[2]!.toLowerCase();
      out.sponsorLabel = label === 'draft resolution' || label === 'revised draft resolution' ? label : null;
      mark(m[3]!.length, 'sponsorLabel');
      kind = 'sponsors';
      marked = true;
    } else if (HEADER.chapeau.test(noMarks(text))) {
      out.recommendation = trimRuns(plainRuns(piece.runs));
      kind = 'chapeau';
    } else if (HEADER.subsidiary.test(text) && !out.fields.subsidiaryBody) set('subsidiaryBody', text);
    else if (mode === 'report' && HEADER.reportMarker.test(text)) {
      out.reportHeading = text;
      kind = 'report';
    } else {
      const runOn = splitRunOn(text);
      if (runOn) {
        if (runOn.session) set('session', runOn.session);
        if (runOn.place) set('placeAndDates', runOn.place);
        if (runOn.agendaItem) {
          set('agendaItem', runOn.agendaItem);
          kind = 'agendaItem';
        }
        truncatedAgendaTitle = runOn.rest || null;
        out.recognized.push(`run-on header line split into fields (${piece.where})`);
      } else kind = 'candidate';
    }
    if (kind !== 'candidate' && !marked) mark(stars, kind === 'chapeau' ? 'sponsorLabel' : 'symbol');
    kinds.push(kind);
  }
  assignCandidates(pieces, kinds, truncatedAgendaTitle, out);
  return out;
}

function readSponsors(list: string, out: HeaderResult): void {
  const sponsors = makeSponsors(list, 'sponsor');
  for (const sponsor of sponsors) {
    const { text, stars } = trailingMarks(sponsor.name);
    sponsor.name = text;
    if (stars > 0) out.marks.push({ anchor: 'sponsor', target: text, stars });
  }
  out.sponsors = sponsors.filter((s) => s.name.length > 0);
}

interface RunOn {
  session?: string;
  place?: string;
  agendaItem?: string;
  rest: string;
}

/** "Twenty-eighth session Vienna, 20–24 May 2019 Agenda item 8 World crime trends and emergi" → fields. */
function splitRunOn(text: string): RunOn | null {
  let rest = text;
  const found: RunOn = { rest: '' };
  let m = RUN_ON.session.exec(rest);
  if (m) {
    found.session = m[1]!;
    rest = rest.slice(m[0].length);
  }
  m = RUN_ON.place.exec(rest);
  if (m) {
    found.place = m[1]!.trim();
    rest = rest.slice(m[0].length);
  }
  m = RUN_ON.agendaItem.exec(rest);
  if (m) {
    found.agendaItem = m[1]!;
    rest = rest.slice(m[0].length);
  }
  const fields = [found.session, found.place, found.agendaItem].filter(Boolean).length;
  if (fields < 2) return null;
  found.rest = rest.trim();
  return found;
}

/**
 * The title is the last unrecognized piece (before a report's "Report of …" line); the piece right after the
 * agenda item is the agenda title, which replaces a truncated copy from a run-on line. Anything else is kept
 * as a note.
 */
function assignCandidates(pieces: readonly HeaderPiece[], kinds: Kind[], truncated: string | null, out: HeaderResult): void {
  const candidates = kinds.flatMap((k, i) => (k === 'candidate' ? [i] : []));
  const reportAt = kinds.indexOf('report');
  const titleAt = [...candidates].reverse().find((i) => reportAt === -1 || i < reportAt);
  const agendaAt = kinds.indexOf('agendaItem');
  let agendaTitleAt = agendaAt !== -1 && kinds[agendaAt + 1] === 'candidate' ? agendaAt + 1 : -1;
  if (agendaTitleAt === titleAt) agendaTitleAt = -1;
  if (agendaTitleAt !== -1) {
    const full = noMarks(pieces[agendaTitleAt]!.text);
    out.fields.agendaTitle = full;
    if (truncated && !full.startsWith(truncated.replace(/\s+\S*$/, ''))) out.leftovers.push(truncated);
    else if (truncated) out.recognized.push('truncated agenda title on the run-on line dropped for the full one');
  } else if (truncated) out.fields.agendaTitle = truncated;
  if (titleAt !== undefined) {
    const piece = pieces[titleAt]!;
    const { stars } = trailingMarks(piece.text);
    let runs = trimRuns(plainRuns(piece.runs.filter((r) => !('mark' in r))));
    const number = HEADER.resolutionNumber.exec(noMarks(piece.text));
    if (number) {
      out.fields.resolutionNumber = number[1]!;
      runs = trimRuns(dropLeading(runs, number[0].length));
    }
    out.title = runs;
    if (stars > 0) out.marks.push({ anchor: 'title', stars });
  }
  for (const i of candidates) {
    if (i !== titleAt && i !== agendaTitleAt) out.leftovers.push(noMarks(pieces[i]!.text));
  }
}
