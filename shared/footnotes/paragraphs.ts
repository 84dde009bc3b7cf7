import type { Descendant, Path } from 'slate';
import { ResolutionElement } from '../model/guards';
import type { BodyParagraph } from '../model/types';

/** Body paragraphs in document order with their paths, embedded resolutions included, deleted ones left out. */
export function bodyParagraphs(value: readonly Descendant[], base: Path = []): { node: BodyParagraph; path: Path }[] {
  const out: { node: BodyParagraph; path: Path }[] = [];
  value.forEach((node, index) => {
    if (ResolutionElement.isEmbedded(node)) out.push(...bodyParagraphs(node.children, [...base, index]));
    else if (ResolutionElement.isParagraph(node) && !node.del) out.push({ node, path: [...base, index] });
  });
  return out;
}
