import { clause } from '../model/factories';
import { detectOpener } from '../model/openers';
import { paragraphText } from '../model/text';
import type { BodyParagraph, InlineNode } from '../model/types';
import { resolveRange } from './anchor';
import { isAgreedProposal, type Proposal } from './proposal';
import { applyEdits, editFor, type TextEdit } from './text-edits';

/** What the agreed proposals do to one paragraph. */
export interface ParagraphOutcome {
  /** the new runs, or null when the paragraph goes */
  children: InlineNode[] | null;
  /** edits in the old text's coordinates (to move the ranges of proposals still open) */
  edits: TextEdit[];
  applied: Set<string>;
  /** agreed but impossible to apply (overlapping another agreed edit, words no longer there): kept open */
  blocked: Set<string>;
}

/** Clause runs for proposed words: the opener marked when the words start like a clause. */
export function clauseRuns(text: string, kind: 'preambular' | 'operative'): InlineNode[] {
  const opener = detectOpener(text, kind);
  return opener && opener.length > 0 ? clause(text.slice(0, opener.length), text.slice(opener.length)) : [{ text }];
}

const kindOf = (p: BodyParagraph): 'preambular' | 'operative' => (p.type === 'preambular-paragraph' ? 'preambular' : 'operative');

/**
 * Applies the agreed proposals on one paragraph: an agreed alternative replaces its wording; an agreed
 * deletion removes it; agreed add/delete/replace edits go into its text (overlapping ones are blocked, and
 * stay open rather than being guessed at).
 */
export function paragraphOutcome(paragraph: BodyParagraph, proposals: readonly Proposal[]): ParagraphOutcome {
  const mine = proposals.filter((p) => p.paragraphId === paragraph.id && isAgreedProposal(p));
  const applied = new Set<string>();
  const blocked = new Set<string>();
  const deletion = mine.find((p) => p.op === 'delete-paragraph');
  if (deletion || paragraph.status === 'deleted') {
    if (deletion) applied.add(deletion.id);
    for (const p of mine) if (p !== deletion && p.op !== 'add-paragraph') blocked.add(p.id);
    return { children: null, edits: [], applied, blocked };
  }
  const alternative = mine.find((p) => p.op === 'add-paragraph' && p.placement === 'alt');
  if (alternative) {
    applied.add(alternative.id);
    for (const p of mine) if (p !== alternative && p.op !== 'add-paragraph') blocked.add(p.id);
    for (const p of mine) if (p !== alternative && p.op === 'add-paragraph' && p.placement === 'alt') blocked.add(p.id);
    const text = paragraphText(paragraph.children);
    return { children: clauseRuns(alternative.text, kindOf(paragraph)), edits: [{ start: 0, end: text.length, text: alternative.text }], applied, blocked };
  }
  const text = paragraphText(paragraph.children);
  const edits: TextEdit[] = [];
  for (const p of mine) {
    if (p.op !== 'add' && p.op !== 'delete' && p.op !== 'replace') continue;
    const range = resolveRange(p, text);
    const edit = range ? editFor(p.op, range, p.text, text) : null;
    const clash = edit && edits.some((e) => (e.start < edit.end && edit.start < e.end) || e.start === edit.start);
    if (!edit || clash) {
      blocked.add(p.id);
      continue;
    }
    edits.push(edit);
    applied.add(p.id);
  }
  return { children: edits.length ? applyEdits(paragraph.children, edits) : paragraph.children, edits, applied, blocked };
}
