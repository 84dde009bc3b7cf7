import type { BaseEditor } from 'slate';
import type { Citation } from './citation';

/**
 * The resolution as a Slate value. The whole document (front matter, body, footnotes) is one value so that
 * one undo history covers it. Numbers, labels, footnote numbers and Ibid. are derived, never stored here.
 * Sub-paragraphs are flat: an operative paragraph of level 1 or 2 follows its parent (un-format.md §1.6).
 */

export type DocumentKind = 'draft-resolution' | 'adopted-resolution' | 'report';
export type Distribution = 'General' | 'Limited' | 'Restricted';

/** A tracked change on a run or a whole paragraph: who, when; the text itself stays in the run. */
export interface Revision {
  id: string;
  author: string;
  /** ISO date-time */
  date: string;
}

/** A run of text. `opener` is meaning (the paragraph's opening phrase), not formatting. */
export interface ResolutionText {
  text: string;
  opener?: true;
  italic?: true;
  bold?: true;
  /** inserted while tracking changes */
  ins?: Revision;
  /** deleted while tracking changes: still in the value, struck through, absent from the clean text */
  del?: Revision;
}

/** Where an agreed-language paragraph came from, kept while the delegate edits it. */
export interface AgreedSource {
  /** corpus ref, "A/RES/78/201 OP5" */
  ref: string;
  symbol: string;
  /** corpus paragraph id, "OP5" / "PP3" */
  paragraph: string;
  body: string;
  /** ISO adoption date */
  date: string;
  /** the adopted text at insertion, to show drift */
  text: string;
  /** a draft source, not adopted text */
  draft?: true;
}

/** Negotiation status of a paragraph (un-format.md §8.2); derived "bracketed" when proposals are open. */
export type ParagraphStatus = 'clean' | 'pending' | 'agreed-ad-ref' | 'agreed' | 'deleted';

interface ParagraphBase {
  id: string;
  children: InlineNode[];
  /** agreed-language provenance */
  source?: AgreedSource;
  status?: ParagraphStatus;
  /** the whole paragraph was inserted / deleted while tracking changes */
  ins?: Revision;
  del?: Revision;
  /** "2 merged with 2 alt" provenance after a compilation outcome */
  mergedFrom?: string[];
}

export interface FootnoteRef {
  type: 'footnote-ref';
  footnoteId: string;
  children: [{ text: '' }];
}

export type InlineNode = ResolutionText | FootnoteRef;

export type Level = 0 | 1 | 2;

export interface PreambularParagraph extends ParagraphBase {
  type: 'preambular-paragraph';
}

export interface OperativeParagraph extends ParagraphBase {
  type: 'operative-paragraph';
  /** 0 = numbered OP, 1 = (a), 2 = (i) */
  level: Level;
}

/** Unnumbered text: "OP5.u1" in a resolution, a numbered paragraph in a report (numbers derived). */
export interface PlainParagraph extends ParagraphBase {
  type: 'plain-paragraph';
  /** reports number their paragraphs continuously; the number is derived */
  numbered?: true;
}

/** A part or chapter heading ("I", "A. …"); `label` is the printed label as the source had it. */
export interface Heading {
  type: 'heading';
  id: string;
  level: 1 | 2;
  label: string;
  children: ResolutionText[];
}

export interface Title {
  type: 'title';
  children: InlineNode[];
}

export interface AdoptingBody {
  type: 'adopting-body';
  /** the line as written, comma included when present (the comma is a style matter) */
  children: ResolutionText[];
}

/** The recommendation chapeau: "The Commission … recommends to the Economic and Social Council …:" */
export interface Recommendation {
  type: 'recommendation';
  children: InlineNode[];
}

/** A resolution held by an operative clause of an outer one (un-format.md §1.8). */
export interface EmbeddedResolution {
  type: 'embedded-resolution';
  id: string;
  children: BodyBlock[];
}

export interface Annex {
  type: 'annex';
  id: string;
  children: (Heading | PlainParagraph)[];
}

export interface HeaderFields {
  organ: string | null;
  symbol: string | null;
  distribution: Distribution | null;
  /** ISO date */
  date: string | null;
  languageLine: string | null;
  subsidiaryBody: string | null;
  session: string | null;
  placeAndDates: string | null;
  agendaItem: string | null;
  agendaTitle: string | null;
  adoptionLine: string | null;
  provenance: string | null;
  /** "2022/14", printed before the title of adopted texts */
  resolutionNumber: string | null;
}

export type SponsorRole = 'main' | 'sponsor' | 'additional';

export interface Sponsor {
  name: string;
  role: SponsorRole;
  onBehalfOf?: string;
  /** ISO date an additional sponsor joined */
  joined?: string;
  /** revision label at which the sponsor joined */
  joinedVersion?: string;
  withdrawn?: string;
}

export type SymbolNoteAnchor = 'symbol' | 'sponsor' | 'sponsorLabel' | 'agendaItem' | 'title';

/** The `*` series: notes on header elements, numbered apart from the body's footnotes. */
export interface SymbolNote {
  anchor: SymbolNoteAnchor;
  /** the sponsor's name when anchor = 'sponsor' */
  target?: string;
  text: string;
}

/** The front matter, edited as a form: a void block so that its edits share the body's undo history. */
export interface Header {
  type: 'header';
  kind: DocumentKind;
  fields: HeaderFields;
  sponsors: Sponsor[];
  sponsorLabel: 'draft resolution' | 'revised draft resolution' | null;
  symbolNotes: SymbolNote[];
  children: [{ text: '' }];
}

export interface Closing {
  type: 'closing';
  /** "33rd plenary meeting" */
  meeting: string;
  /** "21 July 2022" as printed */
  date: string;
  children: [{ text: '' }];
}

/** A footnote body: structured citation, edited in the footnotes pane (a void). */
export interface Footnote {
  type: 'footnote';
  id: string;
  citation: Citation;
  /** the text the source printed, kept for checks */
  importedText?: string;
  children: [{ text: '' }];
}

export interface FootnoteList {
  type: 'footnote-list';
  children: Footnote[];
}

export type BodyParagraph = PreambularParagraph | OperativeParagraph | PlainParagraph;
export type BodyBlock = AdoptingBody | BodyParagraph | Heading | EmbeddedResolution;
export type TopBlock =
  | Header
  | Recommendation
  | Title
  | BodyBlock
  | Closing
  | Annex
  | FootnoteList;

export type ResolutionElement =
  | TopBlock
  | Footnote
  | FootnoteRef;

export type ElementType = ResolutionElement['type'];

declare module 'slate' {
  interface CustomTypes {
    Element: ResolutionElement;
    Text: ResolutionText;
  }
}

export type ResolutionEditor = BaseEditor;
