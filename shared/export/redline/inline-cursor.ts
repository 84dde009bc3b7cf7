import { Text } from 'slate';
import type { FootnoteRef, InlineNode, ResolutionText } from '../../model/types';

/**
 * Reads a paragraph's inline nodes as the compare engine sees them: text by character offsets, footnote
 * markers as zero-width stops between characters. The redline walks one cursor over the old paragraph
 * and one over the new, in step with the word diff.
 */
export class InlineCursor {
  private node = 0;
  private offset = 0;
  constructor(private readonly children: readonly InlineNode[]) {}

  /** The markers standing at the cursor, before its next character. */
  takeRefs(): FootnoteRef[] {
    const refs: FootnoteRef[] = [];
    for (;;) {
      const child = this.children[this.node];
      if (child === undefined) return refs;
      if (Text.isText(child)) {
        if (this.offset < child.text.length) return refs;
        this.node += 1;
        this.offset = 0;
      } else {
        refs.push(child);
        this.node += 1;
      }
    }
  }

  /** Characters until the next marker (or the end), at most `limit`. */
  runLength(limit: number): number {
    const child = this.children[this.node];
    return child && Text.isText(child) ? Math.min(limit, child.text.length - this.offset) : 0;
  }

  /** Takes `length` characters of the current text node (runLength bounds it), marks kept. */
  take(length: number): ResolutionText {
    const child = this.children[this.node] as ResolutionText;
    const piece = { ...child, text: child.text.slice(this.offset, this.offset + length) };
    this.offset += length;
    return piece;
  }
}
