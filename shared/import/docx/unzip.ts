import { strFromU8, unzipSync } from 'fflate';
import { ImportRefusal } from '../errors';
import { LIMITS, megabytes } from '../limits';

/** The parts of a .docx the importer reads, as text. */
export interface DocxParts {
  document: string;
  footnotes: string | null;
  numbering: string | null;
}

const WANTED = new Set(['word/document.xml', 'word/footnotes.xml', 'word/numbering.xml']);

/**
 * Unzips only the parts it needs. A zip that is corrupt, truncated, not a Word file, or that would inflate
 * beyond the limit (a zip bomb) is refused with one line.
 */
export function readDocxParts(bytes: Uint8Array): DocxParts {
  if (bytes.length > LIMITS.docxBytes) throw new ImportRefusal(`too large (${megabytes(bytes.length)}); the limit for .docx is ${megabytes(LIMITS.docxBytes)}`);
  let inflated = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!WANTED.has(file.name)) return false;
        inflated += file.originalSize;
        if (inflated > LIMITS.docxInflatedBytes) throw new ImportRefusal(`the .docx would inflate to more than ${megabytes(LIMITS.docxInflatedBytes)}`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw new ImportRefusal('not a readable .docx (the zip archive is corrupt or truncated)');
  }
  const document = files['word/document.xml'];
  if (!document) throw new ImportRefusal('a zip archive but not a Word document (no word/document.xml)');
  const text = (part: Uint8Array | undefined) => (part ? strFromU8(part) : null);
  return { document: strFromU8(document), footnotes: text(files['word/footnotes.xml']), numbering: text(files['word/numbering.xml']) };
}
