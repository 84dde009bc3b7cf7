import type { Descendant } from 'slate';
import type { Proposal } from '../compilation/proposal';
import { renderCompilation, type CompilationParagraph } from '../compilation/render-compilation';

/**
 * The compilation text keyed by the paragraphs of the value: each paragraph with its bracketed proposals,
 * followed by the paragraphs proposed after it, so the exporters put them where the paragraph stands.
 */
export function compilationIndex(value: readonly Descendant[], proposals: readonly Proposal[]): Map<string, CompilationParagraph[]> {
  const index = new Map<string, CompilationParagraph[]>();
  let current: CompilationParagraph[] | null = null;
  for (const paragraph of renderCompilation(value, proposals)) {
    if (paragraph.proposalStatus === undefined || current === null) {
      current = [paragraph];
      index.set(paragraph.id, current);
    } else current.push(paragraph);
  }
  return index;
}
