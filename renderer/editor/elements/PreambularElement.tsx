import type { PreambularParagraph } from '../../../shared/model/types';
import { Placeholder } from './Placeholder';
import { classes, isBlank, paragraphClasses, type ElementProps } from '../element-props';

/** A preambular paragraph: first-line indent, italic opener (a leaf mark), no number. */
export function PreambularElement({ attributes, children, element }: ElementProps<PreambularParagraph>) {
  const blank = isBlank(element);
  return (
    <p
      {...attributes}
      className={classes('pp', blank && 'is-blank', paragraphClasses(element))}
      data-id={element.id}
    >
      {blank ? <Placeholder text={'Preambular paragraph: Recalling …'} /> : null}
      {children}
    </p>
  );
}
