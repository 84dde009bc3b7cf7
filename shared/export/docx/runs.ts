import { Bookmark, BuilderElement, DeletedTextRun, FootnoteReferenceRun, InsertedTextRun, TextRun, type ParagraphChild, type XmlComponent } from 'docx';
import { Text } from 'slate';
import type { FootnoteRef, InlineNode, Revision } from '../../model/types';
import type { NotePlan } from './notes';
import { changeAttributes, type RevisionIds } from './revision-ids';
import { STYLE } from './styles';
import { trackedWrapper } from './tracked';

/** A footnote marker that a redline marks as inserted or deleted (the model's markers carry no change). */
export type TrackedRef = FootnoteRef & { ins?: Revision; del?: Revision; label?: string };

/** What turning inline nodes into Word runs needs: the notes, the revision ids and references seen so far. */
export interface RunContext {
  notes: NotePlan;
  ids: RevisionIds;
  /** footnote ids already referenced: Word has one reference per footnote, a repeat prints its number */
  referenced: Set<string>;
}

export interface TextFormat {
  italics?: boolean;
  bold?: boolean;
  superScript?: boolean;
  style?: string;
  /** line breaks before the text */
  break?: number;
  strike?: boolean;
}

/** A text run, as a tracked insertion or deletion when the run or its paragraph carries one. */
export function textRun(
  text: string,
  format: TextFormat,
  change: { ins?: Revision; del?: Revision },
  ids: RevisionIds,
): ParagraphChild {
  const options = { text, ...format };
  if (change.del) return new DeletedTextRun({ ...options, ...changeAttributes(ids, change.del) });
  if (change.ins) return new InsertedTextRun({ ...options, ...changeAttributes(ids, change.ins) });
  return new TextRun(options);
}

/**
 * The paragraph's inline nodes as Word runs: openers and marked text italic, footnote markers as real
 * footnote references, tracked changes as w:ins/w:del. `paragraph` is a whole-paragraph change.
 */
export function inlineRuns(
  children: readonly InlineNode[],
  ctx: RunContext,
  paragraph: { ins?: Revision; del?: Revision } = {},
  base: TextFormat = {},
): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const child of children) {
    if (Text.isText(child)) {
      if (child.text === '') continue;
      const format: TextFormat = { ...base };
      if (child.opener || child.italic) format.italics = true;
      if (child.bold) format.bold = true;
      out.push(textRun(child.text, format, { ins: child.ins ?? paragraph.ins, del: child.del ?? paragraph.del }, ctx.ids));
      continue;
    }
    const own = child as TrackedRef;
    const change = { ins: own.ins ?? paragraph.ins, del: own.del ?? paragraph.del };
    const reference = footnoteReference(child.footnoteId, ctx, change, own.label);
    if (reference) out.push(reference);
  }
  return out;
}

const bookmarkOf = (wordId: number) => `_RefFootnote${wordId}`;

/**
 * A footnote marker. Word has one reference per note, so a repeated marker ('same-number' policy) is a
 * NOTEREF field to a bookmark on the first one, formatted as a footnote mark: Word keeps it in step when
 * the notes are renumbered, and its shown text is the number.
 */
export function footnoteReference(footnoteId: string, ctx: RunContext, change: { ins?: Revision; del?: Revision }, label?: string): ParagraphChild | null {
  const note = ctx.notes.footnotes.get(footnoteId);
  if (!note) return null;
  if (ctx.referenced.has(footnoteId)) {
    const shown = textRun(label ?? String(note.number ?? ''), { style: STYLE.footnoteMark, superScript: true }, change, ctx.ids);
    return new BuilderElement<{ instr: string }>({
      name: 'w:fldSimple',
      attributes: { instr: { key: 'w:instr', value: ` NOTEREF ${bookmarkOf(note.wordId)} \\f \\h ` } },
      children: [shown as unknown as XmlComponent],
    }) as unknown as ParagraphChild;
  }
  ctx.referenced.add(footnoteId);
  const run = new FootnoteReferenceRun(note.wordId);
  const kind = change.del ? ('del' as const) : change.ins ? ('ins' as const) : null;
  const reference = kind ? (trackedWrapper(kind, change[kind]!, ctx.ids, [run]) as unknown as ParagraphChild) : run;
  return ctx.notes.repeated.has(footnoteId) ? (new Bookmark({ id: bookmarkOf(note.wordId), children: [reference] }) as unknown as ParagraphChild) : reference;
}
