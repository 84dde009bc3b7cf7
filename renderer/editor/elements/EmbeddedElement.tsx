import type { EmbeddedResolution } from '../../../shared/model/types';
import type { ElementProps } from '../element-props';

/** A resolution held by an operative clause of an outer one; numbered on its own. */
export function EmbeddedElement({ attributes, children, element }: ElementProps<EmbeddedResolution>) {
  return (
    <div {...attributes} className="embedded" data-id={element.id}>
      {children}
    </div>
  );
}
