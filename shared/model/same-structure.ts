import { Text, type Descendant } from 'slate';

/**
 * Two values with the same structure: the same elements in the same places with the same properties (type,
 * id, level, deletion marks, footnote ids …); only the text leaves may differ. Numbering, paragraph refs and
 * footnote numbers depend on nothing else, so while a delegate types they can keep their last result.
 *
 * Slate replaces only the nodes on the path of an edit, so for a keystroke this compares one element per
 * level and passes over the others by identity.
 */
export function sameStructure(a: readonly Descendant[], b: readonly Descendant[]): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && Text.isText(a[i])) i += 1;
    while (j < b.length && Text.isText(b[j])) j += 1;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (!sameElement(a[i]!, b[j]!)) return false;
    i += 1;
    j += 1;
  }
}

type Props = Record<string, unknown>;

/** The same properties with the same values (===), `children` aside: a node whose own fields an edit left alone. */
export function sameProps(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (key !== 'children' && (a as Props)[key] !== (b as Props)[key]) return false;
  return true;
}

function sameElement(a: Descendant, b: Descendant): boolean {
  if (a === b) return true;
  return sameProps(a, b) && 'children' in a && 'children' in b && sameStructure(a.children, b.children);
}
