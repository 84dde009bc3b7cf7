import type { ReactNode } from 'react';
import { Element, Node, Path, type DecoratedRange, type Text } from 'slate';
import { pointAtOffset } from '../../../shared/footnotes/text-point';
import { formulaId } from '../../../shared/formatting/view/doc-view';
import type { InlineNode } from '../../../shared/model/types';
import type { Decorator } from '../../editor/decorate';
import { settledDiagnosticsAt } from './live-lint';
import './diagnostics.css';

const leafProp = (leaf: Text, name: string): unknown => (leaf as unknown as Record<string, unknown>)[name];

/** The target id the linter gives a block: its id, "title", "recommendation" or the formula of its body. */
function targetOf(editor: Parameters<Decorator>[0], node: Element, path: Path): string | null {
  if ('id' in node && typeof node.id === 'string' && node.type !== 'embedded-resolution' && node.type !== 'footnote') return node.id;
  if (node.type === 'title' || node.type === 'recommendation') return node.type;
  if (node.type === 'adopting-body') {
    const parent = path.length > 1 ? Node.get(editor, Path.parent(path)) : null;
    return formulaId(parent && Element.isElement(parent) && parent.type === 'embedded-resolution' ? parent.id : null);
  }
  return null;
}

/** Underlines each diagnostic's range; an empty range (a missing mark) underlines the character before it. */
export const lintDecorator: Decorator = (editor, [node, path]) => {
  if (!Element.isElement(node) || editor.isVoid(node) || editor.isInline(node)) return [];
  const target = targetOf(editor, node, path);
  if (!target) return [];
  const children = node.children as InlineNode[];
  const out: DecoratedRange[] = [];
  for (const d of settledDiagnosticsAt(editor, target)) {
    if (!d.range) continue;
    const start = d.range.start === d.range.end ? Math.max(0, d.range.start - 1) : d.range.start;
    const anchor = pointAtOffset(children, path, start, true);
    const focus = pointAtOffset(children, path, Math.max(d.range.end, start + 1));
    if (!anchor || !focus) continue;
    out.push({ anchor, focus, lint: d.severity, lintMessage: d.message, lintRule: d.rule } as DecoratedRange);
  }
  return out;
};

export const lintClass = (leaf: Text): string | null => {
  const severity = leafProp(leaf, 'lint');
  return typeof severity === 'string' ? `lint lint-${severity}` : null;
};

/** The tooltip: the diagnostic's message on hover. */
export const lintTooltip = (leaf: Text, children: ReactNode): ReactNode => {
  const message = leafProp(leaf, 'lintMessage');
  if (typeof message !== 'string') return children;
  return (
    <span className="lint-mark" title={message} data-lint-rule={String(leafProp(leaf, 'lintRule'))}>
      {children}
    </span>
  );
};
