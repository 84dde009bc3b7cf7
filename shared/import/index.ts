import type { ImportReport } from '../ipc/contract';
import type { PenholderFile } from '../model/file-schema';

/** What every importer returns: never throws, never half a document. */
export type ImportResult = { ok: true; file: PenholderFile; report: ImportReport } | { ok: false; error: string };

export interface ImportInput {
  /** the file name, for its extension ("draft.docx", "seed.txt") */
  name: string;
  bytes: Uint8Array;
}

/** Imports any supported format (text/markdown conversions, Akoma Ntoso XML, .docx). */
export function importDocument(input: ImportInput): ImportResult {
  return { ok: false, error: `${input.name}: this format cannot be imported yet` };
}
