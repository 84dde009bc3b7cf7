import type { Annex } from '../../../shared/model/types';
import type { ElementProps } from '../element-props';

export function AnnexElement({ attributes, children, element }: ElementProps<Annex>) {
  return (
    <section {...attributes} className="annex" data-id={element.id}>
      <div className="annex-label" contentEditable={false}>
        Annex
      </div>
      {children}
    </section>
  );
}
