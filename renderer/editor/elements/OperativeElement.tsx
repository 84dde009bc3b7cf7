import type { OperativeParagraph } from '../../../shared/model/types';
import { Placeholder } from './Placeholder';
import { classes, isBlank, paragraphClasses, type ElementProps } from '../element-props';
import { useOperativeLabel } from '../use-derived';

const PLACEHOLDER = ['Operative paragraph: Decides …', 'Sub-paragraph', 'Sub-paragraph'] as const;

/**
 * An operative paragraph or sub-paragraph. Its label ("1.", "(a)", "(i)") is derived, never stored, and is
 * drawn by CSS in the first-line indent from data-label, so it is not part of the editable text.
 */
export function OperativeElement({ attributes, children, element }: ElementProps<OperativeParagraph>) {
  const label = useOperativeLabel(element.id);
  const blank = isBlank(element);
  return (
    <p
      {...attributes}
      className={classes('op', `level-${element.level}`, blank && 'is-blank', paragraphClasses(element))}
      data-id={element.id}
      data-label={label}
    >
      {blank ? <Placeholder text={PLACEHOLDER[element.level]} /> : null}
      {children}
    </p>
  );
}
