import type { Descendant } from 'slate';
import { ResolutionElement } from '../model/guards';
import { paragraphRefs } from '../model/numbering';
import { paragraphText } from '../model/text';
import type { BodyParagraph } from '../model/types';

export type ParagraphKind = 'preambular' | 'operative' | 'plain';

/** A body paragraph as compare sees it: stable id, public handle (cli.md ref) and current text. */
export interface ComparedParagraph {
  id: string;
  /** "PP4", "OP12", "OP4(a)", "OP0.u1" */
  ref: string;
  kind: ParagraphKind;
  /** 0 = OP, 1 = (a), 2 = (i); 0 for other kinds */
  level: number;
  text: string;
  /** position among the value's paragraphs, in document order */
  index: number;
  node: BodyParagraph;
}

const kindOf = (node: BodyParagraph): ParagraphKind =>
  node.type === 'preambular-paragraph' ? 'preambular' : node.type === 'operative-paragraph' ? 'operative' : 'plain';

/**
 * The body paragraphs of a value in document order (embedded resolutions included); paragraphs deleted
 * as a tracked change are left out, as they are from the numbering.
 */
export function comparedParagraphs(value: readonly Descendant[]): ComparedParagraph[] {
  const refs = paragraphRefs(value);
  const out: ComparedParagraph[] = [];
  const visit = (nodes: readonly Descendant[]) => {
    for (const node of nodes) {
      if (ResolutionElement.isEmbedded(node)) visit(node.children);
      else if (ResolutionElement.isParagraph(node) && !node.del) {
        out.push({
          id: node.id,
          ref: refs.get(node.id) ?? '',
          kind: kindOf(node),
          level: node.type === 'operative-paragraph' ? node.level : 0,
          text: paragraphText(node.children),
          index: out.length,
          node,
        });
      }
    }
  };
  visit(value);
  return out;
}
