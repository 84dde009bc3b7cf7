/**
 * Size limits. No resolution (nor the longest GA omnibus text, about 400 KB of XML) comes near them; they
 * only keep a wrong or hostile file from hanging the app.
 */
export const LIMITS = {
  /** a text or markdown conversion */
  textBytes: 16 * 1024 * 1024,
  /** an Akoma Ntoso file */
  xmlBytes: 32 * 1024 * 1024,
  /** a .docx file, and the sum of the parts read from it once inflated */
  docxBytes: 32 * 1024 * 1024,
  docxInflatedBytes: 96 * 1024 * 1024,
  /** blocks (paragraphs) in one document */
  blocks: 50_000,
  /** element nesting in XML */
  xmlDepth: 400,
} as const;

export const megabytes = (bytes: number): string => `${Math.round((bytes / 1048576) * 10) / 10} MB`;
