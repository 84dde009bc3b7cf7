import type { Descendant } from 'slate';
import { paragraphText } from '../../../shared/model/text';
import { importFilters } from './import';

export const DOCUMENT_EXTENSION = '.penholder.json';
export const documentFilter = { name: 'Penholder document', extensions: ['penholder.json'] };

/** A file Penholder opens (a document) or imports (a draft the importer reads), by its name. */
export const OPENABLE_FILE = new RegExp(
  `\\.(?:${[...documentFilter.extensions, ...importFilters[0]!.extensions].map((e) => e.replace('.', '\\.')).join('|')})$`,
  'i',
);

/** "draft" → "draft.penholder.json"; a name that already ends so is kept. */
export const withDocumentExtension = (path: string) =>
  path.toLowerCase().endsWith(DOCUMENT_EXTENSION) ? path : `${path}${DOCUMENT_EXTENSION}`;

/** A file name from the document's title ("Countering the use of …"), for Save As; "Untitled" without one. */
export function suggestedFileName(body: readonly Descendant[]): string {
  const title = body.find((node) => 'type' in node && node.type === 'title');
  const text = title && 'children' in title ? paragraphText(title.children as Parameters<typeof paragraphText>[0]) : '';
  const cleaned = text
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
    .trim();
  return `${cleaned || 'Untitled'}${DOCUMENT_EXTENSION}`;
}
