import { z } from 'zod';

/** Per-document settings (un-format.md §1.10). Defaults are those of a new document. */
export const DocumentSettings = z.object({
  footnoteRepeat: z.enum(['none', 'same-number', 'new-footnote']).default('none'),
  ibidStyle: z.enum(['italic', 'roman']).default('italic'),
  pageSize: z.enum(['A4', 'Letter']).default('A4'),
  numberLayout: z.enum(['un', 'hanging']).default('un'),
  /** organ rule set for the linter; null = from the document's organ */
  ruleSet: z.string().nullable().default(null),
  /** rule ids the user switched off for this document */
  disabledRules: z.array(z.string()).default([]),
});
export type DocumentSettings = z.infer<typeof DocumentSettings>;

export const defaultSettings = (): DocumentSettings => DocumentSettings.parse({});
