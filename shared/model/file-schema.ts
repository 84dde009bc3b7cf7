import type { Descendant } from 'slate';
import { z } from 'zod';
import { Proposal } from './proposal';
import { Body } from './node-schema';
import { DocumentSettings } from './settings';

/** The current version of `*.penholder.json`. Older versions go through migrations.ts first. */
export const FORMAT_VERSION = 1;

/** A named revision: a snapshot of the whole value (zero draft, Rev.1, L.3/Rev.1 …). */
export const NamedRevision = z.object({
  id: z.string(),
  label: z.string().min(1),
  symbol: z.string().nullable().default(null),
  /** ISO date-time */
  date: z.string(),
  note: z.string().default(''),
  body: Body,
  /** what became of each proposal when this revision was produced from a compilation */
  outcome: z
    .array(z.object({ proposalId: z.string(), status: z.string(), summary: z.string() }))
    .optional(),
});

/** A diagnostic the user chose to ignore: remembered by rule, paragraph and the flagged text. */
export const IgnoredDiagnostic = z.object({ rule: z.string(), target: z.string(), text: z.string() });
export type IgnoredDiagnostic = z.infer<typeof IgnoredDiagnostic>;

export const PenholderFileSchema = z.object({
  format: z.literal('penholder'),
  version: z.literal(FORMAT_VERSION),
  body: Body,
  settings: DocumentSettings.default(DocumentSettings.parse({})),
  revisions: z.array(NamedRevision).default([]),
  proposals: z.array(Proposal).default([]),
  ignored: z.array(IgnoredDiagnostic).default([]),
  /** import warnings and other notes kept with the document */
  notes: z.array(z.string()).default([]),
});

type Parsed = z.infer<typeof PenholderFileSchema>;
export type NamedRevision = Omit<z.infer<typeof NamedRevision>, 'body'> & { body: Descendant[] };
/** The document file; `body` is the Slate value the schema checked. */
export type PenholderFile = Omit<Parsed, 'body' | 'revisions'> & { body: Descendant[]; revisions: NamedRevision[] };
/** The same schema, typed with the Slate value (the schema mirrors types.ts). */
export const PenholderFile = PenholderFileSchema as unknown as z.ZodType<PenholderFile, z.input<typeof PenholderFileSchema>>;
