import { z } from 'zod';

/** What an import recognized and what it was unsure of, shown to the delegate after File → Import. */
export const ImportReport = z.object({
  format: z.string(),
  /** what was recognized: "kind: draft resolution", "22 preambular paragraphs" … */
  recognized: z.array(z.string()),
  /** anything uncertain: "paragraph split by a page break was joined" … */
  warnings: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;
