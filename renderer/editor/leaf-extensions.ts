import type { ReactNode } from 'react';
import type { Text } from 'slate';
import { authorClass } from '../features/negotiation/colours';
import { lintClass, lintTooltip } from '../features/diagnostics/lint-decoration';
import { footnoteOfferChip, footnoteOfferClass } from '../features/footnotes/offer-decoration';
import { ghostWrapper } from '../features/agreed-language/ghost-decoration';
import { provenanceWrapper } from '../features/agreed-language/provenance-decoration';

/**
 * How a leaf looks, as lists features append to. A classifier adds a class for a mark or a decoration
 * (lint underline, diff colour); a wrapper may draw extra, non-editable content around the text (ghost text).
 * Decoration properties arrive on the leaf; read them with `leafProp`.
 */
export type LeafClassifier = (leaf: Text) => string | null;
export type LeafWrapper = (leaf: Text, children: ReactNode) => ReactNode;

export const leafProp = (leaf: Text, name: string): unknown => (leaf as unknown as Record<string, unknown>)[name];

export const leafClassifiers: LeafClassifier[] = [
  (leaf) => (leaf.opener ? 'opener' : null),
  (leaf) => (leaf.italic ? 'italic' : null),
  (leaf) => (leaf.bold ? 'bold' : null),
  (leaf) => (leaf.ins ? 'ins' : null),
  (leaf) => (leaf.del ? 'del' : null),
  authorClass,
  (leaf) => (leafProp(leaf, 'roman') === true ? 'roman' : null),
  footnoteOfferClass,
  lintClass,
];

export const leafWrappers: LeafWrapper[] = [footnoteOfferChip, lintTooltip, provenanceWrapper, ghostWrapper];
