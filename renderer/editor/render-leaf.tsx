import type { ReactNode } from 'react';
import type { RenderLeafProps } from 'slate-react';
import { leafClassifiers, leafWrappers } from './leaf-extensions';

/** A run of text: the opener italic (its meaning is the mark), then whatever marks and decorations add. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let className = '';
  for (const classify of leafClassifiers) {
    const name = classify(leaf);
    if (name) className = className ? `${className} ${name}` : name;
  }
  let content: ReactNode = children;
  for (const wrap of leafWrappers) content = wrap(leaf, content);
  return (
    <span {...attributes} className={className || undefined}>
      {content}
    </span>
  );
}
