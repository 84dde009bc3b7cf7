import type { Header } from '../../model/types';
import { el } from './xml';

const ORGANS: Record<string, string> = {
  'General Assembly': 'ga',
  'Economic and Social Council': 'ecosoc',
  'Security Council': 'sc',
  'Human Rights Council': 'hrc',
};

export const organKey = (organ: string | null | undefined): string => (organ && ORGANS[organ]) ?? 'un';

const isoDate = (value: string | null | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);

/**
 * The FRBR identification AKN requires, built from what the header knows (no Secretariat metadata). A
 * component (`part`) has its own identification; the references are the outer document's.
 */
export function metaXml(header: Header | undefined, date: string | null, part?: string): string {
  const f = header?.fields;
  const day = isoDate(date) ?? isoDate(f?.date) ?? '1970-01-01';
  const organ = organKey(f?.organ);
  const name = (f?.resolutionNumber ?? f?.symbol ?? 'draft').replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-|-$/g, '') || 'draft';
  const work = `/akn/un/statement/deliberation/${organ}/${day}/${name}${part ? `/${part}` : ''}`;
  const frbr = (tag: string, uri: string, extra: string[]) =>
    el(tag, {}, el('FRBRthis', { value: `${uri}/!main` }), el('FRBRuri', { value: uri }), ...extra);
  const made = header?.kind === 'adopted-resolution' ? 'adoption' : 'submission';
  return el(
    'meta',
    {},
    el(
      'identification',
      { source: '#penholder' },
      frbr('FRBRWork', work, [el('FRBRdate', { date: day, name: made }), el('FRBRauthor', { href: `#${organ}` }), el('FRBRcountry', { value: 'un' })]),
      frbr('FRBRExpression', `${work}/eng@`, [el('FRBRdate', { date: day, name: made }), el('FRBRauthor', { href: `#${organ}` }), el('FRBRlanguage', { language: 'eng' })]),
      frbr('FRBRManifestation', `${work}/eng@.xml`, [el('FRBRdate', { date: day, name: 'export' }), el('FRBRauthor', { href: '#penholder' })]),
    ),
    part ? '' : el(
      'references',
      { source: '#penholder' },
      el('TLCOrganization', { eId: 'penholder', href: '/akn/ontology/organization/penholder', showAs: 'Penholder' }),
      el('TLCOrganization', { eId: organ, href: `/akn/ontology/organization/un/${organ}`, showAs: f?.organ ?? 'United Nations' }),
    ),
  );
}
