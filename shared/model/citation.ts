import { z } from 'zod';

/**
 * A footnote's structured citation (un-format.md §5.3–5.4). The printed text is always derived from it
 * (full form or Ibid.), never stored: a footnote may keep the text it was imported with beside it, only
 * so checks can compare the source with what Penholder derives.
 */

/** A run of footnote text; italics are meaning here (a title, *Treaty Series*), so they are kept. */
export const TextRun = z.object({ text: z.string(), italic: z.literal(true).optional() });
export type TextRun = z.infer<typeof TextRun>;

/** United Nations, *Treaty Series*, vol. 1577, No. 27531. */
export const UntsCitation = z.object({
  kind: z.literal('unts'),
  vols: z.array(z.string()).min(1),
  nos: z.array(z.string()).min(1),
  see: z.boolean().optional(),
});

/** Council of Europe, *European Treaty Series*, No. 185. */
export const EtsCitation = z.object({
  kind: z.literal('ets'),
  no: z.string(),
  see: z.boolean().optional(),
});

/** General Assembly resolution 55/25, annex I. (or "Resolution 217 A (III)." in a GA text) */
export const AnnexCitation = z.object({
  kind: z.literal('annex'),
  resolution: z.string(),
  /** "annex", "annex I"; null for the bare resolution ("Resolution 217 A (III).") */
  annex: z.string().nullable(),
  /** the organ named before "resolution"; null prints "Resolution …" */
  organ: z.string().nullable(),
  see: z.boolean().optional(),
});

/** A/51/385, annex. / A/CONF.213/18, chap. I, resolution 1. */
export const SymbolCitation = z.object({
  kind: z.literal('symbol'),
  symbol: z.string(),
  locator: z.string().nullable(),
  see: z.boolean().optional(),
});

/** See *Official Records of the Economic and Social Council, 2017, Supplement No. 10* (E/2017/30), chap. I, sect. D. */
export const OfficialRecordsCitation = z.object({
  kind: z.literal('or'),
  organ: z.string(),
  /** "2017", or a session ("Seventy-fourth Session") */
  year: z.string(),
  supplement: z.string().nullable(),
  symbol: z.string().nullable(),
  locator: z.string().nullable(),
  see: z.boolean().optional(),
});

/** See *Report of the Ninth United Nations Congress …, Cairo, 29 April–8 May 1995*, chap. I (A/CONF.169/16). */
export const ReportCitation = z.object({
  kind: z.literal('report'),
  title: z.string(),
  locator: z.string().nullable(),
  symbol: z.string().nullable(),
  see: z.boolean().optional(),
});

/** Anything else: explanatory notes, lists of States, unparsed imports. */
export const FreeTextCitation = z.object({
  kind: z.literal('text'),
  runs: z.array(TextRun),
});

export const Citation = z.discriminatedUnion('kind', [
  UntsCitation,
  EtsCitation,
  AnnexCitation,
  SymbolCitation,
  OfficialRecordsCitation,
  ReportCitation,
  FreeTextCitation,
]);
export type Citation = z.infer<typeof Citation>;
export type CitationKind = Citation['kind'];
