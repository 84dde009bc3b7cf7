import { Node, Path, Text, type DecoratedRange, type Editor, type NodeEntry } from 'slate';
import { ResolutionElement } from '../../shared/model/guards';
import { ghostDecorator } from '../features/agreed-language/ghost-decoration';
import { provenanceDecorator } from '../features/agreed-language/provenance-decoration';
import { lintDecorator } from '../features/diagnostics/lint-decoration';
import { footnoteOfferDecorator } from '../features/footnotes/offer-decoration';

/** Decoration ranges for one node entry; features append theirs (lint underlines, ghost text, diff). */
export type Decorator = (editor: Editor, entry: NodeEntry) => DecoratedRange[];

/** The enacting formula is italic with a roman comma (un-format.md §1.5): mark its final punctuation. */
export const formulaPunctuation: Decorator = (editor, [node, path]) => {
  if (!Text.isText(node) || path.length < 2) return [];
  const parent = Node.get(editor, Path.parent(path));
  if (!ResolutionElement.isAdoptingBody(parent)) return [];
  const match = /[,:;.]\s*$/.exec(node.text);
  if (!match || path[path.length - 1] !== parent.children.length - 1) return [];
  return [{ anchor: { path, offset: match.index }, focus: { path, offset: node.text.length }, roman: true }];
};

export const decorators: Decorator[] = [formulaPunctuation, footnoteOfferDecorator, lintDecorator, provenanceDecorator, ghostDecorator];

/** The decorate function handed to Editable: every decorator's ranges for the entry. */
export const decorateWith =
  (editor: Editor) =>
  (entry: NodeEntry): DecoratedRange[] => {
    const out: DecoratedRange[] = [];
    for (const decorator of decorators) out.push(...decorator(editor, entry));
    return out;
  };
