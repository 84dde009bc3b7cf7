import { Text } from 'slate';
import type { InlineNode } from '../../model/types';
import type { NoteRun } from '../export-document';
import { el, escapeXml } from './xml';

/** What inline conversion needs: the numbered notes' printed runs and an eId counter for notes. */
export interface NoteSource {
  numbers: ReadonlyMap<string, number>;
  runs: (footnoteId: string) => NoteRun[];
  nextNoteId: () => number;
  /** footnote id → eId of its authorial note, once written: a repeated marker refers to it */
  written: Map<string, string>;
}

const styled = (text: string, italic: boolean, bold: boolean): string => {
  let out = escapeXml(text);
  if (italic) out = el('span', { class: 'italic' }, out);
  if (bold) out = el('span', { class: 'bold' }, out);
  return out;
};

export const noteRunsXml = (runs: readonly NoteRun[]): string => runs.filter((r) => !r.del).map((r) => styled(r.text, !!r.italic, false)).join('');

/** An AKN4UN footnote: `<authorialNote marker="1" placement="bottom">` at the marker's place. */
export const authorialNote = (marker: string, contentXml: string, eId: number): string =>
  el('authorialNote', { marker, placement: 'bottom', eId: `authorialNote_${eId}` }, el('p', {}, contentXml));

/** The current text of inline nodes as AKN inline XML: italic and bold spans, notes in place. */
export function inlineXml(children: readonly InlineNode[], notes: NoteSource): string {
  let out = '';
  for (const child of children) {
    if (Text.isText(child)) {
      if (!child.del && child.text !== '') out += styled(child.text, !!(child.opener || child.italic), !!child.bold);
      continue;
    }
    const n = notes.numbers.get(child.footnoteId);
    if (n === undefined) continue;
    const first = notes.written.get(child.footnoteId);
    if (first) out += el('noteRef', { href: `#${first}`, marker: String(n), placement: 'bottom' });
    else {
      const eId = notes.nextNoteId();
      notes.written.set(child.footnoteId, `authorialNote_${eId}`);
      out += authorialNote(String(n), noteRunsXml(notes.runs(child.footnoteId)), eId);
    }
  }
  return out;
}
