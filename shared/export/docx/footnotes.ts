import { BuilderElement, FootnoteReferenceElement, Paragraph, Tab, TextRun, type Document, type ParagraphChild, type XmlComponent } from 'docx';
import type { NoteRun } from '../export-document';
import type { NotePlan } from './notes';
import type { RevisionIds } from './revision-ids';
import { textRun } from './runs';
import { STYLE } from './styles';

const footnoteElement = (wordId: number, paragraph: Paragraph): XmlComponent =>
  new BuilderElement<{ id: number }>({ name: 'w:footnote', attributes: { id: { key: 'w:id', value: wordId } }, children: [paragraph] });

const noteRuns = (runs: readonly NoteRun[], ids: RevisionIds): ParagraphChild[] =>
  runs.filter((r) => r.text !== '').map((r) => textRun(r.text, r.italic ? { italics: true } : {}, r, ids));

/**
 * Writes every note into the document's footnotes part, ids ascending. A `*` note is a custom-mark
 * footnote: its body reference says the mark follows (Word leaves it out of the count), and its
 * w:footnoteRef prints that mark (LibreOffice shows "*"; a literal "*" there would print twice).
 */
export function addNotes(document: Document, plan: NotePlan, ids: RevisionIds): void {
  const part = document.FootNotes.View;
  const notes: [number, Paragraph][] = [];
  const note = (wordId: number, runs: ParagraphChild[]) => {
    const mark = new TextRun({ style: STYLE.footnoteMark, children: [new FootnoteReferenceElement()] });
    notes.push([wordId, new Paragraph({ style: STYLE.footnote, children: [mark, new TextRun({ children: [new Tab()] }), ...runs] })]);
  };
  for (const symbol of plan.symbols) note(symbol.wordId, [new TextRun(symbol.note.text)]);
  for (const fn of plan.footnotes.values()) note(fn.wordId, noteRuns(fn.runs, ids));
  // addChildElement is marked internal in docx 9; it keeps every note in one part, in id order
  for (const [wordId, paragraph] of notes.sort((a, b) => a[0] - b[0])) part.addChildElement(footnoteElement(wordId, paragraph));
}

/** The body side of a `*` note: a reference that says its mark follows, then the mark itself. */
export function customMarkReference(wordId: number, mark: string): ParagraphChild[] {
  const reference = new BuilderElement<{ customMarkFollows: number; id: number }>({
    name: 'w:footnoteReference',
    attributes: { customMarkFollows: { key: 'w:customMarkFollows', value: 1 }, id: { key: 'w:id', value: wordId } },
  });
  return [new TextRun({ style: STYLE.footnoteMark, children: [reference] }), new TextRun({ style: STYLE.footnoteMark, text: mark })];
}
