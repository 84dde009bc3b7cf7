import type { AdoptingBody } from '../../../shared/model/types';
import { Placeholder } from './Placeholder';
import { classes, isBlank, type ElementProps } from '../element-props';

/** The enacting formula, italic with a roman comma (the comma is marked by a decoration). */
export function AdoptingBodyElement({ attributes, children, element }: ElementProps<AdoptingBody>) {
  const blank = isBlank(element);
  return (
    <p {...attributes} className={classes('adopting-body', blank && 'is-blank')}>
      {blank ? <Placeholder text={'The General Assembly,'} /> : null}
      {children}
    </p>
  );
}
