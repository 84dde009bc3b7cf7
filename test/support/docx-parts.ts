import { Packer, type Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import xmlFormat from 'xml-formatter';
import { elements, findAll, parseXml, type XmlNode } from './xml-tree';

/** Reading exported .docx files in tests: the XML parts, pretty-printed, and the text as Word shows it. */

export async function packParts(document: Document): Promise<Record<string, string>> {
  return unzipParts(new Uint8Array(await Packer.toBuffer(document)));
}

export function unzipParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml')).map(([name, data]) => [name, strFromU8(data)]));
}

export const prettyXml = (xml: string): string => xmlFormat(xml, { indentation: '  ', collapseContent: true, lineSeparator: '\n' });

/** 'accept' drops w:del (Word's "accept all changes"), 'reject' drops w:ins; 'markup' keeps both. */
export type View = 'accept' | 'reject' | 'markup';

export interface WordParagraph {
  style: string;
  /** the words, footnote marks left out */
  text: string;
  /** ids of numbered footnotes referenced in the paragraph, in order */
  notes: number[];
  /** ids of custom-mark (`*`) notes */
  symbolNotes: number[];
  /** numbering level when the paragraph is in a Word list */
  listLevel: number | null;
}

const child = (node: XmlNode | undefined, name: string) => (node ? elements(node).find((c) => c.name === name) : undefined);

function paragraphOf(p: XmlNode, view: View): WordParagraph | null {
  const pPr = child(p, 'w:pPr');
  const mark = child(pPr, 'w:rPr');
  if (view === 'accept' && child(mark, 'w:del')) return null;
  if (view === 'reject' && child(mark, 'w:ins')) return null;
  const level = child(child(pPr, 'w:numPr'), 'w:ilvl');
  const out: WordParagraph = {
    style: child(pPr, 'w:pStyle')?.attrs['w:val'] ?? '',
    text: '',
    notes: [],
    symbolNotes: [],
    listLevel: level ? Number(level.attrs['w:val']) : null,
  };
  // text in the footnote-mark style is a mark (a `*` after a custom-mark reference, a repeated number), not words
  const isMark = (run: XmlNode) => child(child(run, 'w:rPr'), 'w:rStyle')?.attrs['w:val'] === 'FootnoteReference';
  const walk = (node: XmlNode) => {
    for (const c of elements(node)) {
      if (c.name === 'w:r' && isMark(c) && !findAll(c, 'w:footnoteReference').length) continue;
      if ((c.name === 'w:del' && view === 'accept') || (c.name === 'w:ins' && view === 'reject') || c.name === 'w:pPr' || c.name === 'w:rPr') continue;
      if (c.name === 'w:t' || c.name === 'w:delText') out.text += c.children.join('');
      else if (c.name === 'w:tab') out.text += '\t';
      else if (c.name === 'w:br') out.text += '\n';
      else if (c.name === 'w:footnoteReference') (c.attrs['w:customMarkFollows'] ? out.symbolNotes : out.notes).push(Number(c.attrs['w:id']));
      else walk(c);
    }
  };
  walk(p);
  return out;
}

/** The body's paragraphs as a view shows them (a paragraph whose mark is inserted/deleted goes with it). */
export function wordParagraphs(documentXml: string, view: View = 'markup'): WordParagraph[] {
  const body = findAll(parseXml(documentXml), 'w:body')[0]!;
  return findAll(body, 'w:p')
    .map((p) => paragraphOf(p, view))
    .filter((p): p is WordParagraph => p !== null);
}

/** Footnote id → its text in a view, the mark and the tab after it left out. */
export function wordFootnotes(footnotesXml: string, view: View = 'markup'): Map<number, string> {
  const notes = new Map<number, string>();
  for (const note of findAll(parseXml(footnotesXml), 'w:footnote')) {
    const id = Number(note.attrs['w:id']);
    if (id <= 0) continue;
    const text = findAll(note, 'w:p').map((p) => paragraphOf(p, view)?.text ?? '').join('\n');
    notes.set(id, text.replace(/^\t/, ''));
  }
  return notes;
}

/** The numbered footnotes in the order the view references them, as printed text. */
export function referencedFootnotes(parts: Record<string, string>, view: View): string[] {
  const notes = wordFootnotes(parts['word/footnotes.xml']!, view);
  const seen = new Set<number>();
  const out: string[] = [];
  for (const p of wordParagraphs(parts['word/document.xml']!, view)) {
    for (const id of p.notes) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(notes.get(id) ?? '');
    }
  }
  return out;
}
