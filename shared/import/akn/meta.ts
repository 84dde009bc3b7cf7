import { makeClosing, type HeaderInit } from '../../model/factories';
import type { Closing, HeaderFields, Sponsor } from '../../model/types';
import { isoDate } from '../dates';
import type { ReportBuilder } from '../report';
import { makeSponsors } from '../sponsors';
import { plainRuns } from '../structure/runs';
import type { SourceRun } from '../structure/source';
import type { XmlElement } from '../xml/parse';
import { attr, child, collapse, descendants, find, textOf } from '../xml/query';
import { inlineRuns, type AknNotes } from './inline';

export interface AknFront {
  header: HeaderInit;
  title: SourceRun[] | null;
  closing: Closing | null;
}

const text = (el: XmlElement | undefined): string | null => (el ? collapse(textOf(el)) || null : null);

const inlineNamed = (scope: XmlElement, name: string) =>
  descendants(scope, 'inline').find((el) => attr(el, 'name') === name);

/** Sponsors from the workflow: the draft's sponsors, then the additional ones (AKN4UN `step` elements). */
function sponsorsOf(meta: XmlElement | undefined): Sponsor[] {
  if (!meta) return [];
  const steps = descendants(meta, 'step');
  // a facilitator's draft ("submitted by the President of the General Assembly") has no sponsor list
  const by = (outcome: string) =>
    steps.filter((s) => attr(s, 'outcome') === outcome).map((s) => attr(s, 'by') ?? '').filter((list) => !/^\s*(?:draft resolution )?submitted by\b/i.test(list));
  const main = by('draftResolution').flatMap((list) => (list.trim() ? makeSponsors(list, 'sponsor') : []));
  const extra = by('draftResolutionAdditionalSponsors').flatMap((list) => (list.trim() ? makeSponsors(list, 'additional') : []));
  return [...main, ...extra];
}

/** The cover page, preface, workflow and conclusions: header fields, title and closing. */
export function readFront(statement: XmlElement, notes: AknNotes, report: ReportBuilder): AknFront {
  const cover = child(statement, 'coverPage');
  const preface = child(statement, 'preface');
  const meta = child(statement, 'meta');
  const fields: Partial<HeaderFields> = {};
  if (cover) {
    fields.symbol = text(find(cover, 'docNumber'));
    fields.organ = text(descendants(cover, 'docAuthority').find((el) => attr(el, 'refersTo') === '#issuingBody'));
    const status = text(find(cover, 'docStatus'));
    const distribution = /\b(General|Limited|Restricted)\b/.exec(status ?? '')?.[1];
    fields.distribution = (distribution as HeaderFields['distribution']) ?? null;
    const date = find(cover, 'docDate');
    fields.date = attr(date, 'date') ?? isoDate(text(date) ?? '');
    fields.session = text(find(cover, 'session'));
    fields.agendaItem = text(inlineNamed(cover, 'agenda item'));
    fields.agendaTitle = text(inlineNamed(cover, 'agenda item name'));
    fields.adoptionLine = text(find(cover, 'docTitle'));
    fields.provenance = text(find(cover, 'docProponent'));
  }
  let title: SourceRun[] | null = null;
  if (preface) {
    const number = text(find(preface, 'docNumber'));
    if (number) fields.resolutionNumber = number.replace(/\.$/, '');
    const docTitle = find(preface, 'docTitle');
    // the title is bold by definition: its bold span is not kept as a mark
    if (docTitle) title = plainRuns(inlineRuns(docTitle, notes));
  }
  if (!fields.symbol) fields.symbol = attr(find(meta ?? statement, 'FRBRalias'), 'value') ?? null;
  const conclusions = child(statement, 'conclusions');
  let closing: Closing | null = null;
  if (conclusions) {
    const meeting = text(descendants(conclusions, 'location')[0] ?? inlineNamed(conclusions, 'adoptionMeeting'));
    const date = text(find(conclusions, 'docDate'));
    if (meeting && date) closing = makeClosing(meeting, date.replace(/\u00a0/g, ' '));
    else report.warn('the conclusions hold no meeting and date; no closing line');
    // a text without a cover-page date is dated by its adoption
    fields.date ??= attr(find(conclusions, 'docDate'), 'date') ?? null;
  }
  const adopted = Boolean(fields.adoptionLine?.startsWith('Resolution adopted') || closing || fields.symbol?.includes('/RES/'));
  const sponsors = sponsorsOf(meta);
  if (sponsors.length) report.found(`${sponsors.length} sponsors from the workflow`);
  return {
    header: { kind: adopted ? 'adopted-resolution' : 'draft-resolution', fields, sponsors, sponsorLabel: null, symbolNotes: [] },
    title,
    closing,
  };
}
