import type { ReactNode } from 'react';
import { Element, type DecoratedRange, type Text } from 'slate';
import { fullRuns } from '../../../shared/citations/full-form';
import { pointAtOffset } from '../../../shared/footnotes/text-point';
import type { Decorator } from '../../editor/decorate';
import { useOfferStore } from './offer-store';
import './footnotes.css';

// read here rather than imported from leaf-extensions, which lists these functions (no import cycle)
const leafProp = (leaf: Text, name: string): unknown => (leaf as unknown as Record<string, unknown>)[name];

/**
 * The offer drawn in the text: the name gets a dotted underline, and a small chip after the marker's place
 * says what Alt+Enter will do. The chip is not editable text; it lives only in the decoration.
 */
export const footnoteOfferDecorator: Decorator = (_editor, [node, path]) => {
  const offer = useOfferStore.getState().offer;
  if (!offer || !Element.isElement(node) || !('id' in node) || node.id !== offer.paragraphId || !('children' in node)) return [];
  const children = node.children as Parameters<typeof pointAtOffset>[0];
  const start = pointAtOffset(children, path, offer.start, true);
  const last = pointAtOffset(children, path, Math.max(offer.start, offer.at - 1), true);
  const end = pointAtOffset(children, path, offer.at);
  if (!start || !last || !end) return [];
  const ranges: DecoratedRange[] = [{ anchor: start, focus: last, footnoteOffer: true } as DecoratedRange];
  ranges.push({ anchor: last, focus: end, footnoteOffer: true, footnoteOfferChip: true } as DecoratedRange);
  return ranges;
};

export const footnoteOfferClass = (leaf: Text): string | null => (leafProp(leaf, 'footnoteOffer') === true ? 'footnote-offer' : null);

function OfferChip() {
  const offer = useOfferStore((s) => s.offer);
  if (!offer) return null;
  const preview = fullRuns(offer.citation).map((r) => r.text).join('');
  const action = offer.mode === 'reuse' ? 'refer to its footnote again' : `footnote it: ${preview}`;
  return (
    <span className="footnote-offer-chip" contentEditable={false} role="status" aria-label="Footnote offer">
      <kbd>Alt+Enter</kbd> {action}
    </span>
  );
}

export const footnoteOfferChip = (leaf: Text, children: ReactNode): ReactNode =>
  leafProp(leaf, 'footnoteOfferChip') === true ? (
    <span className="footnote-offer-anchor">
      {children}
      <OfferChip />
    </span>
  ) : (
    children
  );
