import type { ImportReport } from './report-schema';
import type { PenholderFile } from '../model/file-schema';
import { importAkn } from './akn/import-akn';
import { decodeText } from './decode';
import { detectFormat } from './detect';
import { importDocx } from './docx/import-docx';
import { ImportRefusal } from './errors';
import { finalize } from './finalize';
import { htmlToMarkdown } from './html/html-to-markdown';
import { sequentialIds } from './ids';
import { LIMITS, megabytes } from './limits';
import { ReportBuilder } from './report';
import { buildDocument } from './structure/build';
import { textSource } from './text/import-text';

/** What every importer returns: never throws, never half a document. */
export type ImportResult = { ok: true; file: PenholderFile; report: ImportReport } | { ok: false; error: string };

export interface ImportInput {
  /** the file name, for its extension ("draft.docx", "seed.txt") */
  name: string;
  bytes: Uint8Array;
}

function decoded(bytes: Uint8Array, report: ReportBuilder, limit: number): string {
  if (bytes.length > limit) throw new ImportRefusal(`too large (${megabytes(bytes.length)}); the limit for this format is ${megabytes(limit)}`);
  const text = decodeText(bytes);
  if (!text.ok) throw new ImportRefusal(text.error);
  if (text.note) report.warn(`encoding: ${text.note}`);
  if (text.text.trim() === '') throw new ImportRefusal('the file holds no text');
  return text.text;
}

function importUnchecked(input: ImportInput): ImportResult {
  const { name, bytes } = input;
  if (bytes.length === 0) throw new ImportRefusal('the file is empty');
  const detected = detectFormat(name, bytes);
  if (!detected.ok) throw new ImportRefusal(detected.error);
  const ids = sequentialIds();
  switch (detected.format) {
    case 'docx':
      return importDocx(name, bytes, ids);
    case 'akn': {
      const report = new ReportBuilder('akoma-ntoso');
      return importAkn(decoded(bytes, report, LIMITS.xmlBytes), report, ids);
    }
    case 'html': {
      const report = new ReportBuilder('html');
      const source = textSource(htmlToMarkdown(decoded(bytes, report, LIMITS.textBytes)), report);
      return finalize(buildDocument(source, { mode: 'document', ids, report }), report);
    }
    case 'text': {
      const report = new ReportBuilder(/\.(md|markdown)$/i.test(name) ? 'markdown' : 'text');
      const source = textSource(decoded(bytes, report, LIMITS.textBytes), report);
      if (source.paragraphs.length === 0) throw new ImportRefusal('no paragraphs found in the file');
      return finalize(buildDocument(source, { mode: 'document', ids, report }), report);
    }
  }
}

/** Imports any supported format (text/markdown conversions, Akoma Ntoso XML, .docx, HTML). Never throws. */
export function importDocument(input: ImportInput): ImportResult {
  try {
    return importUnchecked(input);
  } catch (error) {
    if (error instanceof ImportRefusal) return { ok: false, error: oneLine(`${input.name}: ${error.message}`) };
    const detail = error instanceof RangeError ? 'the document is nested too deeply or too large' : error instanceof Error ? error.message : String(error);
    return { ok: false, error: oneLine(`${input.name}: could not be imported (${detail})`) };
  }
}

/** Errors quote the input ("</i…> does not close …"): keep them to one short line. */
const oneLine = (message: string): string => {
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
};
