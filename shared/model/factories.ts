import type { Citation } from './citation';
import { newId } from './ids';
import type {
  AdoptingBody,
  Annex,
  BodyBlock,
  Closing,
  DocumentKind,
  EmbeddedResolution,
  Footnote,
  FootnoteList,
  FootnoteRef,
  Header,
  HeaderFields,
  Heading,
  InlineNode,
  Level,
  OperativeParagraph,
  PlainParagraph,
  PreambularParagraph,
  Recommendation,
  ResolutionText,
  Sponsor,
  SymbolNote,
  Title,
} from './types';

/** The only place node literals are written. */

type Content = string | InlineNode[];

const inlines = (content: Content): InlineNode[] => {
  if (typeof content !== 'string') return content.length > 0 ? content : [{ text: '' }];
  return [{ text: content }];
};

/** A clause body with the opener marked: `clause('Recalling', ' its resolution …,')`. */
export const clause = (opener: string, rest: string): InlineNode[] =>
  opener ? [{ text: opener, opener: true }, { text: rest }] : [{ text: rest }];

export const text = (value: string, marks: Omit<ResolutionText, 'text'> = {}): ResolutionText => ({ text: value, ...marks });

export const makePreambular = (content: Content = '', id = newId('pp')): PreambularParagraph => ({
  type: 'preambular-paragraph',
  id,
  children: inlines(content),
});

export const makeOperative = (content: Content = '', level: Level = 0, id = newId('op')): OperativeParagraph => ({
  type: 'operative-paragraph',
  id,
  level,
  children: inlines(content),
});

export const makePlain = (content: Content = '', id = newId('p'), numbered = false): PlainParagraph =>
  numbered
    ? { type: 'plain-paragraph', id, numbered: true, children: inlines(content) }
    : { type: 'plain-paragraph', id, children: inlines(content) };

export const makeHeading = (label: string, content: string, level: 1 | 2 = 1, id = newId('h')): Heading => ({
  type: 'heading',
  id,
  level,
  label,
  children: [{ text: content }],
});

export const makeTitle = (content: Content = ''): Title => ({ type: 'title', children: inlines(content) });

export const makeAdoptingBody = (line = ''): AdoptingBody => ({ type: 'adopting-body', children: [{ text: line }] });

export const makeRecommendation = (content: Content = ''): Recommendation => ({
  type: 'recommendation',
  children: inlines(content),
});

export const makeEmbedded = (children: BodyBlock[], id = newId('emb')): EmbeddedResolution => ({
  type: 'embedded-resolution',
  id,
  children,
});

export const makeAnnex = (children: Annex['children'], id = newId('annex')): Annex => ({ type: 'annex', id, children });

export const emptyHeaderFields = (): HeaderFields => ({
  organ: null,
  symbol: null,
  distribution: null,
  date: null,
  languageLine: null,
  subsidiaryBody: null,
  session: null,
  placeAndDates: null,
  agendaItem: null,
  agendaTitle: null,
  adoptionLine: null,
  provenance: null,
  resolutionNumber: null,
});

export interface HeaderInit {
  kind?: DocumentKind;
  fields?: Partial<HeaderFields>;
  sponsors?: Sponsor[];
  sponsorLabel?: Header['sponsorLabel'];
  symbolNotes?: SymbolNote[];
}

export const makeHeader = (init: HeaderInit = {}): Header => ({
  type: 'header',
  kind: init.kind ?? 'draft-resolution',
  fields: { ...emptyHeaderFields(), ...init.fields },
  sponsors: init.sponsors ?? [],
  sponsorLabel: init.sponsorLabel ?? null,
  symbolNotes: init.symbolNotes ?? [],
  children: [{ text: '' }],
});

export const makeClosing = (meeting: string, date: string): Closing => ({
  type: 'closing',
  meeting,
  date,
  children: [{ text: '' }],
});

export const makeFootnote = (citation: Citation, id = newId('fn'), importedText?: string): Footnote =>
  importedText === undefined
    ? { type: 'footnote', id, citation, children: [{ text: '' }] }
    : { type: 'footnote', id, citation, importedText, children: [{ text: '' }] };

export const makeFootnoteList = (footnotes: Footnote[] = []): FootnoteList => ({
  type: 'footnote-list',
  children: footnotes,
});

export const makeFootnoteRef = (footnoteId: string): FootnoteRef => ({
  type: 'footnote-ref',
  footnoteId,
  children: [{ text: '' }],
});

export const freeText = (value: string): Citation => ({ kind: 'text', runs: [{ text: value }] });
