import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Element, type Descendant } from 'slate';
import { importDocument, type ImportResult } from '../../../shared/import/index';
import type { PenholderFile } from '../../../shared/model/file-schema';

/** The read-only inputs next to the repo (tests may read ../shared; the app never does). */
export const SHARED = new URL('../../../../shared/', import.meta.url).pathname;
export const seedsDir = join(SHARED, 'seeds');
export const aknDir = join(SHARED, 'akn-samples');
export const docxDir = join(SHARED, 'docx-samples');

export const filesIn = (dir: string, ext: string): string[] =>
  readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));

export function importPath(path: string): ImportResult {
  return importDocument({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) });
}

export function importedFile(path: string): PenholderFile {
  const result = importPath(path);
  if (!result.ok) throw new Error(`${path}: ${result.error}`);
  return result.file;
}

/** Every element of a value, depth first, with the types asked for. */
export function elementsOf(value: readonly Descendant[], ...types: string[]): Element[] {
  const out: Element[] = [];
  const visit = (nodes: readonly Descendant[]) => {
    for (const node of nodes) {
      if (!Element.isElement(node)) continue;
      if (types.length === 0 || types.includes(node.type)) out.push(node);
      visit(node.children as Descendant[]);
    }
  };
  visit(value);
  return out;
}
