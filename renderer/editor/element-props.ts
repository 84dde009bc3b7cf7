import { Node, type Element } from 'slate';
import type { RenderElementProps } from 'slate-react';
import type { BodyParagraph } from '../../shared/model/types';
import { modifiedClass } from '../features/agreed-language/provenance-decoration';

/** RenderElementProps narrowed to one element type. */
export type ElementProps<T extends Element> = Omit<RenderElementProps, 'element'> & { element: T };

/** Extra classes on body paragraphs (negotiation status, tracked paragraph insertions …): features append. */
export const paragraphClassifiers: ((paragraph: BodyParagraph) => string | null)[] = [
  (p) => (p.ins ? 'para-ins' : null),
  (p) => (p.del ? 'para-del' : null),
  (p) => (p.source ? 'para-agreed' : null),
  modifiedClass,
];

export const classes = (...names: (string | false | null | undefined)[]): string => names.filter(Boolean).join(' ');

export const paragraphClasses = (paragraph: BodyParagraph): string =>
  classes(...paragraphClassifiers.map((classify) => classify(paragraph)));

/** True when the element shows no text: it gets a placeholder. */
export const isBlank = (element: Element): boolean => Node.string(element) === '';
