import type { Descendant } from 'slate';
import { ResolutionElement } from '../../model/guards';
import { sameProps } from '../../model/same-structure';
import type { BodyParagraph } from '../../model/types';

/** The one paragraph an edit replaced: the node before and after. */
export interface ParagraphEdit {
  before: BodyParagraph;
  after: BodyParagraph;
}

/**
 * What changed between two values in which Slate kept every untouched node (it replaces the edited node and its
 * ancestors only): 'same' when no node changed, the paragraph pair when exactly one paragraph did (inside embedded
 * resolutions too), otherwise null (several nodes, another kind of node, nodes added or removed).
 */
export function changedParagraph(before: readonly Descendant[], after: readonly Descendant[]): ParagraphEdit | 'same' | null {
  if (before.length !== after.length) return null;
  let index = -1;
  for (let i = 0; i < after.length; i += 1) {
    if (before[i] === after[i]) continue;
    if (index !== -1) return null;
    index = i;
  }
  if (index === -1) return 'same';
  const old = before[index];
  const now = after[index];
  if (ResolutionElement.isEmbedded(old) && ResolutionElement.isEmbedded(now)) {
    return sameProps(old, now) ? changedParagraph(old.children, now.children) : null;
  }
  if (!ResolutionElement.isParagraph(old) || !ResolutionElement.isParagraph(now)) return null;
  return { before: old, after: now };
}

/**
 * True when the edit leaves what numbering, refs and body membership read unchanged: the same id, type and level,
 * the same `numbered` flag, neither one tracked-deleted. Only its text (and what rides on the runs) changed.
 */
export function sameParagraphShape(a: BodyParagraph, b: BodyParagraph): boolean {
  if (a.id !== b.id || a.type !== b.type || a.del || b.del) return false;
  if (a.type === 'operative-paragraph' && b.type === 'operative-paragraph' && a.level !== b.level) return false;
  return 'numbered' in a === 'numbered' in b && (a as { numbered?: true }).numbered === (b as { numbered?: true }).numbered;
}
