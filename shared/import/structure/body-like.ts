import { detectOpener } from '../../model/openers';
import { OP_NUMBER, REPORT_HEADING, SUB_LABEL } from './labels';

/** A paragraph that can only be body text, never a masthead line: it ends the header of a formula-less text. */
export function bodyLike(text: string): boolean {
  if (OP_NUMBER.test(text) || SUB_LABEL.test(text) || REPORT_HEADING.test(text)) return true;
  const words = text.split(' ').length;
  if (text.length > 200 || (/[.;,:]$/.test(text) && words > 12)) return true;
  return words >= 4 && (detectOpener(text, 'preambular')?.known === true || detectOpener(text, 'operative')?.known === true);
}
