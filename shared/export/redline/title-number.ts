import type { Descendant } from 'slate';
import { ResolutionElement } from '../../model/guards';

/**
 * Moves the resolution number ("2022/14") from the header into the title's text, so that a redline
 * between a draft (no number) and the adopted text shows the number as inserted like any other words.
 */
export function numberIntoTitle(value: readonly Descendant[]): Descendant[] {
  const header = value.find(ResolutionElement.isHeader);
  const number = header?.fields.resolutionNumber?.replace(/\.$/, '');
  if (!header || !number) return [...value];
  return value.map((node) => {
    if (node === header) return { ...header, fields: { ...header.fields, resolutionNumber: null } };
    if ('type' in node && node.type === 'title') return { ...node, children: [{ text: `${number}. ` }, ...node.children] };
    return node;
  });
}
