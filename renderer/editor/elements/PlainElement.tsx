import type { PlainParagraph } from '../../../shared/model/types';
import { classes, paragraphClasses, type ElementProps } from '../element-props';
import { useReportNumber } from '../use-derived';

/** Unnumbered text inside a resolution, or a continuously numbered report paragraph. */
export function PlainElement({ attributes, children, element }: ElementProps<PlainParagraph>) {
  const number = useReportNumber(element.id);
  return (
    <p {...attributes} className={classes('plain', element.numbered && 'numbered', paragraphClasses(element))} data-id={element.id} data-label={number || undefined}>
      {children}
    </p>
  );
}
