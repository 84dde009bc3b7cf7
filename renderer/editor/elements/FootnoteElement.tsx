import type { Footnote } from '../../../shared/model/types';
import type { ElementProps } from '../element-props';
import { useRenderedFootnote } from '../use-derived';

/**
 * A footnote body (a void): its number and text are derived from the citation and the marker order, Ibid.
 * included. It is edited in the footnotes pane; a footnote nobody refers to is shown faded, unnumbered.
 */
export function FootnoteElement({ attributes, children, element }: ElementProps<Footnote>) {
  const rendered = useRenderedFootnote(element.id);
  return (
    <div {...attributes} className={rendered ? 'footnote' : 'footnote unreferenced'} data-id={element.id}>
      <div contentEditable={false}>
        <sup className="footnote-number">{rendered?.number ?? '–'}</sup>
        {rendered
          ? rendered.runs.map((run, i) => (run.italic ? <em key={i}>{run.text}</em> : <span key={i}>{run.text}</span>))
          : element.importedText ?? ''}
      </div>
      {children}
    </div>
  );
}
