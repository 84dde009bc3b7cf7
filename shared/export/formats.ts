import type { Descendant } from 'slate';
import type { PenholderFile } from '../model/file-schema';

export type ExportFormat = 'docx' | 'md' | 'akn' | 'pdf';

export const EXTENSIONS: Record<ExportFormat, string> = { docx: 'docx', md: 'md', akn: 'xml', pdf: 'pdf' };

export interface ExportRequest {
  file: Pick<PenholderFile, 'body' | 'settings'> & Partial<Pick<PenholderFile, 'proposals'>>;
  to: ExportFormat;
  /** write the compilation text: every open proposal bracketed where it applies (docx, md, pdf) */
  compilation?: boolean;
  /** the base of a redline (docx only): the current text is written as tracked changes against it */
  base?: readonly Descendant[];
  /** author of the redline's changes (the delegation in preferences) */
  author?: string;
  /** ISO date-time of the redline's changes */
  date?: string;
}

/** Why a request cannot be exported, or null: the exporter and the Export dialog's preview say the same. */
export function exportProblem(req: Pick<ExportRequest, 'to' | 'base' | 'compilation'>): string | null {
  if (req.base && req.to !== 'docx') return 'a redline is written as Word tracked changes: export it as a Word document (docx)';
  if (req.compilation && req.base) return 'a compilation text and a redline cannot be written at once';
  if (req.compilation && req.to === 'akn') return 'a compilation text is written as Word (docx) or Markdown (md), not Akoma Ntoso';
  return null;
}
