import { Element, Node, type Editor, type Operation } from 'slate';
import { newId } from '../../../shared/model/ids';

const PREFIX: Partial<Record<Element['type'], string>> = {
  'preambular-paragraph': 'pp',
  'operative-paragraph': 'op',
  'plain-paragraph': 'p',
  heading: 'h',
  'embedded-resolution': 'emb',
  annex: 'annex',
  footnote: 'fn',
};

const idOf = (node: unknown): string | undefined =>
  Element.isElement(node) && 'id' in node && typeof node.id === 'string' ? node.id : undefined;

function documentIds(editor: Editor): Set<string> {
  const ids = new Set<string>();
  for (const [node] of Node.elements(editor)) {
    const id = idOf(node);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** `node` with fresh ids wherever one is taken; the same object when nothing clashes. */
function withFreshIds(node: Node, taken: Set<string>): Node {
  if (!Element.isElement(node)) return node;
  const children = node.children.map((child) => withFreshIds(child, taken));
  const id = idOf(node);
  const clash = id !== undefined && taken.has(id);
  if (!clash && children.every((child, i) => child === node.children[i])) return node;
  return { ...node, ...(clash ? { id: newId(PREFIX[node.type] ?? 'n') } : {}), children } as Node;
}

/**
 * Paragraph ids stay unique whatever edits them: a split (Slate copies the properties) and pasted or
 * duplicated nodes get fresh ids when theirs is taken. Undo restores a merged paragraph under its own id,
 * free again by then, so it is kept; rewritten operations are remembered so that redo replays them as is.
 */
export function withUniqueIds(editor: Editor): Editor {
  const { apply } = editor;
  const rewritten = new WeakSet<Operation>();
  editor.apply = (op) => {
    if (rewritten.has(op)) return apply(op);
    let next: Operation = op;
    const splitId = op.type === 'split_node' ? (op.properties as { id?: unknown }).id : undefined;
    if (op.type === 'split_node' && typeof splitId === 'string') {
      if (documentIds(editor).has(splitId)) {
        const type = 'type' in op.properties ? op.properties.type : undefined;
        next = { ...op, properties: { ...op.properties, id: newId((type && PREFIX[type]) ?? 'n') } };
      }
    } else if (op.type === 'insert_node' && Element.isElement(op.node) && idOf(op.node) !== undefined) {
      next = { ...op, node: withFreshIds(op.node, documentIds(editor)) };
      if (next.node === op.node) next = op;
    }
    if (next !== op) rewritten.add(next);
    apply(next);
  };
  return editor;
}
