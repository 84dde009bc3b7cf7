import { footnoteNumbers } from '../footnotes/numbers';
import { renderedFootnotes } from '../footnotes/rendered';
import { ResolutionElement } from '../model/guards';
import { operativeNumbers } from '../model/numbering';
import type { Closing, EmbeddedResolution, Header, Recommendation, Title } from '../model/types';
import { bodyXml, type BodyXmlContext } from './akn/body';
import { coverPageXml, symbolNoteXml } from './akn/cover';
import { inlineXml } from './akn/inline';
import { metaXml } from './akn/meta';
import { el, escapeXml, textEl } from './akn/xml';
import type { ExportDocument } from './export-document';
import { headerNote } from './front-matter';

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

const isoOf = (printed: string): string | null => {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const m = /^(\d{1,2}) (\w+) (\d{4})$/.exec(printed.trim());
  const month = m ? months.indexOf(m[2]!) + 1 : 0;
  return m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
};

function conclusionsXml(closing: Closing): string {
  const date = isoOf(closing.date);
  const when = date ? textEl('docDate', { date, refersTo: '#adoptionDate' }, closing.date) : escapeXml(closing.date);
  return el('conclusions', { eId: 'conclusions' }, el('p', {}, el('event', { refersTo: '#adoption' }, textEl('location', { refersTo: '#adoptionMeeting' }, closing.meeting), el('eol'), when)));
}

/**
 * The document as Akoma Ntoso 3.0 XML in the UN's AKN4UN conventions (cover page, preface with number and
 * title, preamble containers named by their opener, numbered paragraphs with (a)/(i) points, footnotes as
 * authorial notes in place). A recommended draft (a nested resolution, seed 003) is a component of the
 * composite document, referred to from the outer clause. It validates against the OASIS schema; tracked
 * changes appear accepted.
 */
export function toAkn(doc: ExportDocument): string {
  const { value, settings } = doc;
  const header = value.find(ResolutionElement.isHeader) as Header | undefined;
  const printed = new Map(renderedFootnotes(value, settings).map((f) => [f.id, f.runs]));
  const counters = { formula: 0, container: 0, para: 0, note: 0 };
  const nested: EmbeddedResolution[] = [];
  const ctx: BodyXmlContext = {
    component: (resolution) => `component_${nested.push(resolution)}`,
    numbers: footnoteNumbers(value),
    runs: (id) => printed.get(id) ?? [],
    nextNoteId: () => (counters.note += 1),
    written: new Map(),
    labels: operativeNumbers(value),
    nextId: (kind) => (counters[kind] += 1),
  };
  const cover = header ? coverPageXml(header, ctx) : '';
  const preface: string[] = [];
  const recommendation = value.find((n) => 'type' in n && n.type === 'recommendation') as Recommendation | undefined;
  if (recommendation) preface.push(el('p', { class: 'recommendation' }, inlineXml(recommendation.children, ctx)));
  const title = value.find((n) => 'type' in n && n.type === 'title') as Title | undefined;
  if (title) {
    const number = header?.fields.resolutionNumber ? textEl('docNumber', {}, `${header.fields.resolutionNumber.replace(/\.$/, '')}.`) : '';
    const mark = header ? symbolNoteXml(header, headerNote(header, 'title'), ctx) : '';
    preface.push(el('p', {}, number, el('docTitle', { refersTo: '#resolutionTitle' }, el('span', { class: 'bold' }, inlineXml(title.children, ctx)), mark)));
  }
  const body = bodyXml(value, ctx);
  // a component's own nested resolutions are appended while the list is walked
  const components: string[] = [];
  for (let i = 0; i < nested.length; i += 1) {
    const inner = el('statement', { name: 'draftResolution' }, metaXml(header, null, `component_${i + 1}`), bodyXml(nested[i]!.children, ctx));
    components.push(el('component', { eId: `component_${i + 1}` }, inner));
  }
  const closing = value.find((n) => 'type' in n && n.type === 'closing') as Closing | undefined;
  const name = header?.kind === 'adopted-resolution' ? 'resolution' : header?.kind === 'report' ? 'report' : 'draftResolution';
  const statement = el(
    'statement',
    { name },
    metaXml(header, closing ? isoOf(closing.date) : null),
    cover,
    preface.length > 0 ? el('preface', {}, ...preface) : '',
    body,
    closing ? conclusionsXml(closing) : '',
    components.length > 0 ? el('components', { eId: 'components' }, ...components) : '',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el('akomaNtoso', { xmlns: NS }, statement)}\n`;
}
