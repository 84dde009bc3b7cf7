import { z } from 'zod';
import { Citation } from './citation';

/**
 * zod schemas of the Slate value, mirroring types.ts. A file that passes them can be loaded into the
 * editor; anything else is reported as corrupt and never opened half-way.
 */
const Revision = z.object({ id: z.string(), author: z.string(), date: z.string() });

export const TextNode = z.object({
  text: z.string(),
  opener: z.literal(true).optional(),
  italic: z.literal(true).optional(),
  bold: z.literal(true).optional(),
  ins: Revision.optional(),
  del: Revision.optional(),
});

const Empty = z.tuple([z.object({ text: z.literal('') })]);

const FootnoteRefNode = z.object({ type: z.literal('footnote-ref'), footnoteId: z.string(), children: Empty });
const Inline = z.union([TextNode, FootnoteRefNode]);
const Inlines = z.array(Inline).min(1);

const AgreedSource = z.object({
  ref: z.string(),
  symbol: z.string(),
  paragraph: z.string(),
  body: z.string(),
  date: z.string(),
  text: z.string(),
  draft: z.literal(true).optional(),
});

const paragraphFields = {
  id: z.string().min(1),
  children: Inlines,
  source: AgreedSource.optional(),
  status: z.enum(['clean', 'pending', 'agreed-ad-ref', 'agreed', 'deleted']).optional(),
  ins: Revision.optional(),
  del: Revision.optional(),
  mergedFrom: z.array(z.string()).optional(),
};

const Preambular = z.object({ type: z.literal('preambular-paragraph'), ...paragraphFields });
const Operative = z.object({
  type: z.literal('operative-paragraph'),
  level: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  ...paragraphFields,
});
const Plain = z.object({ type: z.literal('plain-paragraph'), numbered: z.literal(true).optional(), ...paragraphFields });
const HeadingNode = z.object({
  type: z.literal('heading'),
  id: z.string().min(1),
  level: z.union([z.literal(1), z.literal(2)]),
  label: z.string(),
  children: z.array(TextNode).min(1),
});
const AdoptingBodyNode = z.object({ type: z.literal('adopting-body'), children: z.array(TextNode).min(1) });
const TitleNode = z.object({ type: z.literal('title'), children: Inlines });
const RecommendationNode = z.object({ type: z.literal('recommendation'), children: Inlines });

export const HeaderFields = z.object({
  organ: z.string().nullable(),
  symbol: z.string().nullable(),
  distribution: z.enum(['General', 'Limited', 'Restricted']).nullable(),
  date: z.string().nullable(),
  languageLine: z.string().nullable(),
  subsidiaryBody: z.string().nullable(),
  session: z.string().nullable(),
  placeAndDates: z.string().nullable(),
  agendaItem: z.string().nullable(),
  agendaTitle: z.string().nullable(),
  adoptionLine: z.string().nullable(),
  provenance: z.string().nullable(),
  resolutionNumber: z.string().nullable(),
});

export const SponsorSchema = z.object({
  name: z.string().min(1),
  role: z.enum(['main', 'sponsor', 'additional']),
  onBehalfOf: z.string().optional(),
  joined: z.string().optional(),
  joinedVersion: z.string().optional(),
  withdrawn: z.string().optional(),
});

const HeaderNode = z.object({
  type: z.literal('header'),
  kind: z.enum(['draft-resolution', 'adopted-resolution', 'report']),
  fields: HeaderFields,
  sponsors: z.array(SponsorSchema),
  sponsorLabel: z.enum(['draft resolution', 'revised draft resolution']).nullable(),
  symbolNotes: z.array(
    z.object({
      anchor: z.enum(['symbol', 'sponsor', 'sponsorLabel', 'agendaItem', 'title']),
      target: z.string().optional(),
      text: z.string(),
    }),
  ),
  children: Empty,
});

const ClosingNode = z.object({ type: z.literal('closing'), meeting: z.string(), date: z.string(), children: Empty });
const FootnoteNode = z.object({
  type: z.literal('footnote'),
  id: z.string().min(1),
  citation: Citation,
  importedText: z.string().optional(),
  children: Empty,
});
/** An empty list holds Slate's placeholder text node (Slate gives every element a child). */
const FootnoteListNode = z.object({ type: z.literal('footnote-list'), children: z.union([z.array(FootnoteNode), Empty]) });
const AnnexNode = z.object({
  type: z.literal('annex'),
  id: z.string().min(1),
  children: z.array(z.union([HeadingNode, Plain])).min(1),
});

type BodyBlockSchema = z.ZodType<unknown>;
const EmbeddedNode: BodyBlockSchema = z.lazy(() =>
  z.object({ type: z.literal('embedded-resolution'), id: z.string().min(1), children: z.array(BodyBlock).min(1) }),
);
const BodyBlock: BodyBlockSchema = z.lazy(() =>
  z.union([AdoptingBodyNode, Preambular, Operative, Plain, HeadingNode, EmbeddedNode]),
);

export const TopBlock = z.union([
  HeaderNode,
  RecommendationNode,
  TitleNode,
  AdoptingBodyNode,
  Preambular,
  Operative,
  Plain,
  HeadingNode,
  EmbeddedNode,
  ClosingNode,
  AnnexNode,
  FootnoteListNode,
]);

export const Body = z.array(TopBlock).min(1);
