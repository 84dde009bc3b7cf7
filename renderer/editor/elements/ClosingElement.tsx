import type { Closing } from '../../../shared/model/types';
import type { ElementProps } from '../element-props';

/** The closing line of an adopted text: meeting and date, italic, right-aligned. */
export function ClosingElement({ attributes, children, element }: ElementProps<Closing>) {
  return (
    <div {...attributes} className="closing">
      <div contentEditable={false}>
        <div>{element.meeting}</div>
        <div>{element.date}</div>
      </div>
      {children}
    </div>
  );
}
