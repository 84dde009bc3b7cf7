import type { Title } from '../../../shared/model/types';
import { Placeholder } from './Placeholder';
import { classes, isBlank, type ElementProps } from '../element-props';

/** The title: bold, sentence case, no final period (the linter says so; the editor only draws it). */
export function TitleElement({ attributes, children, element }: ElementProps<Title>) {
  const blank = isBlank(element);
  return (
    <h1 {...attributes} className={classes('doc-title', blank && 'is-blank')}>
      {blank ? <Placeholder text={'Title of the draft resolution'} /> : null}
      {children}
    </h1>
  );
}
