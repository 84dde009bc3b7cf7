import { Element, type Descendant, type Editor, type Path } from 'slate';

/** Where a fix's target lives in the value: a block with inline children, or a footnote void. */
export interface Located {
  path: Path;
  element: Element;
}

/**
 * Finds the node a diagnostic's `paragraphId` names: a paragraph id, "title", "recommendation", "adopting-body",
 * "adopting-body:<embedded id>" or a footnote id.
 */
export function locate(editor: Editor, id: string): Located | null {
  const formulaOf = id.startsWith('adopting-body') ? (id.split(':')[1] ?? null) : undefined;
  const visit = (nodes: readonly Descendant[], base: Path, container: string | null): Located | null => {
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i]!;
      if (!Element.isElement(node)) continue;
      const path = [...base, i];
      if (formulaOf !== undefined) {
        if (node.type === 'adopting-body' && container === formulaOf) return { path, element: node };
      } else if (('id' in node && node.id === id) || (node.type === id && (id === 'title' || id === 'recommendation'))) {
        if (node.type !== 'embedded-resolution') return { path, element: node };
      }
      if (node.type === 'embedded-resolution' || node.type === 'footnote-list') {
        const found = visit(node.children, path, node.type === 'embedded-resolution' ? node.id : container);
        if (found) return found;
      }
    }
    return null;
  };
  return visit(editor.children, [], null);
}
