import { ResolutionElement } from '../../../shared/model/guards';
import type { FootnoteList } from '../../../shared/model/types';
import type { ElementProps } from '../element-props';

/** The footnote bodies under a short rule, as at the foot of a page. */
export function FootnoteListElement({ attributes, children, element }: ElementProps<FootnoteList>) {
  return (
    // not editable text: the caret (Ctrl+End, arrows) stays in the body; footnotes are edited in their pane
    <section {...attributes} className={element.children.some(ResolutionElement.isFootnote) ? 'footnotes' : 'footnotes is-empty'} contentEditable={false}>
      {children}
    </section>
  );
}
