import { isModified } from '../../../shared/agreed-language/drift';
import { provenanceLabel } from '../../../shared/agreed-language/provenance';
import { paragraphText } from '../../../shared/model/text';
import type { BodyParagraph } from '../../../shared/model/types';

/** The outline's provenance line for an agreed paragraph: where it came from, and whether it was edited. */
export function outlineSource(paragraph: BodyParagraph): string | undefined {
  const { source } = paragraph;
  if (!source) return undefined;
  const label = provenanceLabel(source);
  return isModified(source.text, paragraphText(paragraph.children)) ? `${label} (modified)` : label;
}
