import type { Heading } from '../../../shared/model/types';
import type { ElementProps } from '../element-props';

/** A part or chapter heading; its printed label ("I.", "A.") as the source had it. */
export function HeadingElement({ attributes, children, element }: ElementProps<Heading>) {
  const Tag = element.level === 1 ? 'h2' : 'h3';
  return (
    <Tag {...attributes} className={`heading level-${element.level}`} data-id={element.id} data-label={element.label || undefined}>
      {children}
    </Tag>
  );
}
