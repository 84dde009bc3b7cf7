import { Element, type Descendant } from 'slate';

/**
 * Rebuilds a value block by block: `visit` returns the blocks that replace a block ([] removes it, [block]
 * keeps it). Containers (embedded resolutions, annexes) are entered first, so their children are visited
 * too. Nodes that `visit` returns unchanged stay the same objects.
 */
export function mapBlocks(value: readonly Descendant[], visit: (block: Descendant) => Descendant[]): Descendant[] {
  const out: Descendant[] = [];
  for (const node of value) {
    let block = node;
    if (Element.isElement(node) && (node.type === 'embedded-resolution' || node.type === 'annex')) {
      const children = mapBlocks(node.children, visit);
      block = { ...node, children } as Descendant;
    }
    out.push(...visit(block));
  }
  return out;
}

/** Every block of the value in document order, containers' children included. */
export function allBlocks(value: readonly Descendant[]): Descendant[] {
  const out: Descendant[] = [];
  for (const node of value) {
    out.push(node);
    if (Element.isElement(node) && (node.type === 'embedded-resolution' || node.type === 'annex')) out.push(...allBlocks(node.children));
  }
  return out;
}
