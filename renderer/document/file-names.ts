/** How documents are named on screen and on disk. */

export const DOCUMENT_EXTENSION = '.penholder.json';

/** The last part of a path, or "Untitled" for a document never saved. */
export const fileName = (path: string | null): string => (path === null ? 'Untitled' : (path.split(/[\\/]/).pop() ?? path));

/** "• draft.penholder.json — Penholder", as main writes the desktop window's title. */
export const windowTitle = (path: string | null, dirty: boolean): string => `${dirty ? '• ' : ''}${fileName(path)} — Penholder`;

/** A safe file name from what the user typed: no folders or reserved characters, the extension added. */
export function documentFileName(input: string): string | null {
  const base = input.trim().replace(/\.penholder\.json$/i, '').replace(/\.json$/i, '');
  if (base === '' || /[\\/:*?"<>|]/.test(base) || base.startsWith('.')) return null;
  return `${base}${DOCUMENT_EXTENSION}`;
}
