import type { Descendant } from 'slate';
import type { ExportFormat, ExportRequest } from '../../../shared/export/formats';
import type { Req } from '../../../shared/ipc/contract';
import type { PenholderFile } from '../../../shared/model/file-schema';
import type { DocumentSettings } from '../../../shared/model/settings';

/** The choices of the Export dialog. */
export interface ExportChoices {
  to: ExportFormat;
  pageSize: DocumentSettings['pageSize'];
  numberLayout: DocumentSettings['numberLayout'];
  /** '' = no redline; a revision id; 'file' with `basePath`; 'corpus' with `baseSymbol` (an adopted text) */
  base: string;
  basePath: string;
  baseSymbol: string;
  author: string;
  compilation: boolean;
  /** browser mode: the file name in the documents folder */
  fileName: string;
}

/** The file as exported: the document with the page and numbering choices applied. */
export const exportedFile = (file: PenholderFile, choices: ExportChoices): PenholderFile => ({
  ...file,
  settings: { ...file.settings, pageSize: choices.pageSize, numberLayout: choices.numberLayout },
});

/** The redline base the preview can compute here (a named revision); a file or corpus base is read by main. */
export const previewBase = (file: PenholderFile, choices: ExportChoices): readonly Descendant[] | undefined =>
  file.revisions.find((r) => r.id === choices.base)?.body;

const againstOf = (choices: ExportChoices) => {
  if (choices.to !== 'docx' || !choices.base) return undefined;
  if (choices.base === 'file') return { kind: 'file' as const, path: choices.basePath };
  if (choices.base === 'corpus') return { kind: 'corpus' as const, symbol: choices.baseSymbol.trim() };
  return { kind: 'revision' as const, id: choices.base };
};

/** What the preview shows: the same request the exporter gets. */
export const previewRequest = (file: PenholderFile, choices: ExportChoices): ExportRequest => ({
  file: exportedFile(file, choices),
  to: choices.to,
  base: choices.to === 'docx' ? previewBase(file, choices) : undefined,
  author: choices.author,
  compilation: choices.compilation,
});

/** The IPC request: main packs and writes the file, asking where on the desktop. */
export function exportCall(file: PenholderFile, choices: ExportChoices, browser: boolean): Req<'exportDocument'> {
  const against = againstOf(choices);
  return {
    file: exportedFile(file, choices),
    to: choices.to,
    ...(browser ? { path: choices.fileName } : {}),
    ...(against ? { against } : {}),
    ...(choices.author ? { author: choices.author } : {}),
    ...(choices.compilation ? { compilation: true } : {}),
  };
}
