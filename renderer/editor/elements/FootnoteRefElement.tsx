import type { FootnoteRef } from '../../../shared/model/types';
import type { ElementProps } from '../element-props';
import { useFootnoteNumber } from '../use-derived';

/** A footnote marker: an inline void showing its derived number as a superscript. */
export function FootnoteRefElement({ attributes, children, element }: ElementProps<FootnoteRef>) {
  const number = useFootnoteNumber(element.footnoteId);
  return (
    <sup {...attributes} className="footnote-ref" data-footnote={element.footnoteId}>
      <span contentEditable={false}>{number ?? '?'}</span>
      {children}
    </sup>
  );
}
